<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI">
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Show the passwords</source>
        <translation>Visa lösenorden</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Byt lösenord</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Logga ut</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Välj ett nytt lösenord</translation>
    </message>
    <message>
        <source>Your coach has given you a temporary password. Choose your own password now.</source>
        <translation>Din handledare har gett dig ett tillfälligt lösenord. Välj nu ett eget lösenord.</translation>
    </message>
    <message numerus="yes">
        <source>The new password must have at least %n characters. A short sentence that is easy for you to remember is a good password.</source>
        <translation>
            <numerusform>Det nya lösenordet måste ha minst %n tecken. En kort mening som är lätt att komma ihåg är ett bra lösenord.</numerusform>
            <numerusform>Det nya lösenordet måste ha minst %n tecken. En kort mening som är lätt att komma ihåg är ett bra lösenord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the password needs a network connection. This laptop seems to be offline right now.</source>
        <translation>För att byta lösenord behövs en nätverksanslutning. Datorn verkar inte vara ansluten just nu.</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Nuvarande lösenord</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>N&amp;ytt lösenord</translation>
    </message>
    <message>
        <source>&amp;Type the new password again</source>
        <translation>&amp;Skriv det nya lösenordet igen</translation>
    </message>
    <message>
        <source>Type your current password first.</source>
        <translation>Skriv först ditt nuvarande lösenord.</translation>
    </message>
    <message numerus="yes">
        <source>The new password is too short. It must have at least %n characters.</source>
        <translation>
            <numerusform>Det nya lösenordet är för kort. Det måste ha minst %n tecken.</numerusform>
            <numerusform>Det nya lösenordet är för kort. Det måste ha minst %n tecken.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Type them again.</source>
        <translation>De nya lösenorden är inte lika. Skriv dem igen.</translation>
    </message>
    <message>
        <source>The new password must be different from the current one.</source>
        <translation>Det nya lösenordet måste vara ett annat än det nuvarande.</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Lösenordet är bytt</translation>
    </message>
    <message>
        <source>Your password is now changed. Use the new password next time you log in.</source>
        <translation>Ditt lösenord är nu bytt. Använd det nya lösenordet nästa gång du loggar in.</translation>
    </message>
</context>
<context>
    <name>CoachPage</name>
    <message>
        <source>Review queue (%1)</source>
        <translation>Att bedöma (%1)</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Att bedöma</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Handledning</translation>
    </message>
    <message>
        <source>Hello, %1!</source>
        <translation>Hej, %1!</translation>
    </message>
    <message>
        <source>Review your trainees&apos; work and give feedback. Everything you do is saved on this computer and sent at the next sync, so you can work without a connection.</source>
        <translation>Bedöm deltagarnas arbeten och ge respons. Allt du gör sparas på den här datorn och skickas vid nästa synkronisering, så du kan arbeta utan uppkoppling.</translation>
    </message>
    <message>
        <source>Quick phrases</source>
        <translation>Snabbfraser</translation>
    </message>
    <message>
        <source>Edit your organisation&apos;s ready-made feedback sentences</source>
        <translation>Redigera organisationens färdiga återkopplingsfraser</translation>
    </message>
</context>
<context>
    <name>CompetenceMapView</name>
    <message>
        <source>My competence</source>
        <translation>Mitt kunnande</translation>
    </message>
    <message>
        <source>Competence: %1</source>
        <translation>Kunnande: %1</translation>
    </message>
    <message>
        <source>These are the skills your tasks train. When your coach sees that you can do a skill, it is marked demonstrated.</source>
        <translation>Det här är färdigheterna som du övar i dina uppgifter. När din handledare ser att du kan en färdighet markeras den som visad.</translation>
    </message>
    <message>
        <source>The skill requirements of the trainee&apos;s goal program. A requirement is demonstrated when a coach marked it demonstrated in some task.</source>
        <translation>Yrkeskunnandekraven i deltagarens målprogram. Ett krav är visat när en handledare har markerat det som visat i någon uppgift.</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %n skill(s) demonstrated</source>
        <translation>
            <numerusform>%1 / %n färdighet visad</numerusform>
            <numerusform>%1 / %n färdigheter visade</numerusform>
        </translation>
    </message>
    <message>
        <source>No skills yet. When your tasks are linked to skill requirements of a qualification, they are shown here.</source>
        <translation>Inga färdigheter ännu. När dina uppgifter kopplas till yrkeskunnandekrav i en examen visas de här.</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %n demonstrated</source>
        <translation>
            <numerusform>%1 / %n visad</numerusform>
            <numerusform>%1 / %n visade</numerusform>
        </translation>
    </message>
    <message>
        <source>Demonstrated</source>
        <translation>Visad</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Inte ännu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Attach files to the task</source>
        <translation>Bifoga filer till uppgiften</translation>
    </message>
    <message>
        <source>Pictures, videos and documents (*.jpg *.jpeg *.png *.gif *.webp *.heic *.mp4 *.mov *.webm *.mp3 *.m4a *.wav *.ogg *.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp *.doc *.xls *.ppt *.txt);;All files (*)</source>
        <translation>Bilder, videor och dokument (*.jpg *.jpeg *.png *.gif *.webp *.heic *.mp4 *.mov *.webm *.mp3 *.m4a *.wav *.ogg *.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp *.doc *.xls *.ppt *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>this kind of file cannot be attached</source>
        <translation>den här typen av fil kan inte bifogas</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>filen kan inte läsas</translation>
    </message>
    <message>
        <source>it could not be saved on this computer</source>
        <translation>den kunde inte sparas på den här datorn</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>on the server</source>
        <translation>på servern</translation>
    </message>
    <message>
        <source>uploading %1 %</source>
        <translation>skickas %1 %</translation>
    </message>
    <message>
        <source>waiting (%1 % sent)</source>
        <translation>väntar (%1 % skickat)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>väntar</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausad</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klar</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>misslyckades: %1</translation>
    </message>
    <message>
        <source>Pictures and files</source>
        <translation>Bilder och filer</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Bifoga fil…</translation>
    </message>
    <message>
        <source>Add a photo, video or document as evidence, or drag it here. It is kept on this computer and sent when there is a connection.</source>
        <translation>Lägg till ett foto, en video eller ett dokument som bevis, eller dra det hit. Det sparas på den här datorn och skickas när det finns en förbindelse.</translation>
    </message>
    <message>
        <source>the file is too large for the server</source>
        <translation>filen är för stor för servern</translation>
    </message>
    <message>
        <source>the server does not accept this kind of file</source>
        <translation>servern tar inte emot den här typen av fil</translation>
    </message>
    <message>
        <source>the workshop&apos;s storage space is full; ask your coach</source>
        <translation>verkstadens lagringsutrymme är fullt; fråga din coach</translation>
    </message>
    <message>
        <source>the saved copy of the file is missing</source>
        <translation>den sparade kopian av filen saknas</translation>
    </message>
    <message>
        <source>the server refused the file</source>
        <translation>servern godtog inte filen</translation>
    </message>
</context>
<context>
    <name>FeedbackThreadView</name>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Handledare</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Praised: %1</source>
        <translation>Berömt: %1</translation>
    </message>
    <message>
        <source>Messages with your coach</source>
        <translation>Meddelanden med din handledare</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Inga meddelanden ännu.</translation>
    </message>
    <message>
        <source>Write a reply to your coach…</source>
        <translation>Skriv ett svar till din handledare…</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Skicka svar</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Hello, %1!</source>
        <translation>Hej, %1!</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Mina uppgifter</translation>
    </message>
    <message>
        <source>This window shows the tasks of a trainee. Your account is a coach account, so there are no tasks for you here.</source>
        <translation>Det här fönstret visar en deltagares uppgifter. Ditt konto är ett handledarkonto, så här finns inga uppgifter för dig.</translation>
    </message>
    <message>
        <source>You have no tasks yet. Your coach adds tasks to your goal program. They appear here when this laptop is connected to the network.</source>
        <translation>Du har inga uppgifter ännu. Din handledare lägger till uppgifter i ditt målprogram. De syns här när datorn är ansluten till nätverket.</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %n sent</source>
        <translation>
            <numerusform>%1 / %n skickad</numerusform>
            <numerusform>%1 / %n skickade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 / %n task(s) sent for review</source>
        <translation>
            <numerusform>%1 / %n uppgift skickad för bedömning</numerusform>
            <numerusform>%1 / %n uppgifter skickade för bedömning</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue: %1</source>
        <translation>Fortsätt: %1</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Börja: %1</translation>
    </message>
    <message>
        <source>Some of your changes were not accepted</source>
        <translation>Några av dina ändringar godkändes inte</translation>
    </message>
    <message>
        <source>Your work is still saved on this computer. Show this message to your coach.</source>
        <translation>Ditt arbete finns fortfarande sparat på den här datorn. Visa meddelandet för din handledare.</translation>
    </message>
    <message>
        <source>Finish by %1</source>
        <translation>Klart senast %1</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>Cirka %n minut</numerusform>
            <numerusform>Cirka %n minuter</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved on this computer, waiting to be sent</source>
        <translation>Sparat på den här datorn, väntar på att skickas</translation>
    </message>
    <message numerus="yes">
        <source>You have %n new message(s) from your coach. The tasks with a red number have them.</source>
        <translation>
            <numerusform>Du har %n nytt meddelande från din handledare. Det finns i uppgiften med en röd siffra.</numerusform>
            <numerusform>Du har %n nya meddelanden från din handledare. De finns i uppgifterna med en röd siffra.</numerusform>
        </translation>
    </message>
    <message>
        <source>My competence</source>
        <translation>Mitt kunnande</translation>
    </message>
    <message>
        <source>The skills you have shown in your tasks</source>
        <translation>Färdigheterna som du har visat i dina uppgifter</translation>
    </message>
</context>
<context>
    <name>ImageViewerDialog</name>
    <message>
        <source>Fit</source>
        <translation>Anpassa</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>The image cannot be shown.</source>
        <translation>Bilden kan inte visas.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Type your username.</source>
        <translation>Skriv ditt användarnamn.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Skriv ditt lösenord.</translation>
    </message>
    <message>
        <source>The server address is not right. Ask your IT support for the right address.</source>
        <translation>Serveradressen är inte rätt. Fråga IT-stödet efter rätt adress.</translation>
    </message>
    <message>
        <source>Welcome! Your work is saved on this computer, even without a network.</source>
        <translation>Välkommen! Ditt arbete sparas på den här datorn, också utan nätverk.</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Vem är du?</translation>
    </message>
    <message>
        <source>Choose your name from the list.</source>
        <translation>Välj ditt namn i listan.</translation>
    </message>
    <message>
        <source>Another user</source>
        <translation>En annan användare</translation>
    </message>
    <message>
        <source>Hello, %1!</source>
        <translation>Hej, %1!</translation>
    </message>
    <message>
        <source>Type your password and press Log in.</source>
        <translation>Skriv ditt lösenord och tryck på Logga in.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>Type the username and password you got from your coach.</source>
        <translation>Skriv användarnamnet och lösenordet som du fick av din handledare.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Visa lösenordet</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Loggar in…</translation>
    </message>
    <message>
        <source>Not you? Back to the list</source>
        <translation>Inte du? Tillbaka till listan</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Tillbaka till listan</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Avancerade inställningar</translation>
    </message>
    <message>
        <source>&amp;Server address (for IT support)</source>
        <translation>&amp;Serveradress (för IT-stödet)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your account: change password, language, log out</source>
        <translation>Ditt konto: byt lösenord eller språk, logga ut</translation>
    </message>
    <message>
        <source>User menu for %1</source>
        <translation>Användarmeny för %1</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Byt lösenord…</translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Byt språk</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Logga ut</translation>
    </message>
</context>
<context>
    <name>PhraseBankDialog</name>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Save text</source>
        <translation>Spara texten</translation>
    </message>
    <message>
        <source>Quick phrases</source>
        <translation>Snabbfraser</translation>
    </message>
    <message>
        <source>Your organisation&apos;s ready-made sentences for feedback. Changes are saved on this computer and sent at the next sync; the other coaches of your organisation get them too.</source>
        <translation>Organisationens färdiga meningar för återkoppling. Ändringarna sparas på den här datorn och skickas vid nästa synkronisering; även organisationens andra handledare får dem.</translation>
    </message>
    <message>
        <source>New phrase</source>
        <translation>Ny fras</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Beröm</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Råd</translation>
    </message>
    <message>
        <source>Type of the new phrase</source>
        <translation>Den nya frasens typ</translation>
    </message>
    <message>
        <source>For example: The result is neat and tidy.</source>
        <translation>Till exempel: Resultatet är snyggt och prydligt.</translation>
    </message>
    <message>
        <source>Text of the new phrase</source>
        <translation>Den nya frasens text</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>Fraser</translation>
    </message>
    <message>
        <source>Text of the selected phrase</source>
        <translation>Den valda frasens text</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>archived, not offered in reviews</source>
        <translation>arkiverad, erbjuds inte vid bedömning</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>väntar på att skickas</translation>
    </message>
    <message>
        <source>not accepted: %1</source>
        <translation>inte godkänd: %1</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkivera</translation>
    </message>
    <message>
        <source>Choose a phrase from the list to edit it</source>
        <translation>Välj en fras i listan för att redigera den</translation>
    </message>
    <message>
        <source>Write the phrase first.</source>
        <translation>Skriv frasen först.</translation>
    </message>
    <message>
        <source>The phrase could not be saved.</source>
        <translation>Frasen kunde inte sparas.</translation>
    </message>
    <message>
        <source>A phrase cannot be empty.</source>
        <translation>En fras kan inte vara tom.</translation>
    </message>
    <message>
        <source>Selected phrase</source>
        <translation>Vald fras</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
</context>
<context>
    <name>ProgressDonut</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; Finnish writes a space before the sign: &quot;%1 %&quot;</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>skickat</translation>
    </message>
    <message>
        <source>Progress chart</source>
        <translation>Framstegsdiagram</translation>
    </message>
    <message>
        <source>%1 of the tasks are sent for review or approved.</source>
        <translation>%1 av uppgifterna är skickade för bedömning eller godkända.</translation>
    </message>
</context>
<context>
    <name>RequirementMarksPanel</name>
    <message>
        <source>Not yet</source>
        <translation>Inte ännu</translation>
    </message>
    <message>
        <source>A colleague marked this differently at the same time: you marked &quot;%1&quot;, but %2&apos;s later mark is the one shown. Both are kept in the history.</source>
        <translation>En kollega markerade detta annorlunda samtidigt: du markerade ”%1”, men den senare markeringen (%2) visas. Båda sparas i historiken.</translation>
    </message>
    <message>
        <source>A colleague marked this differently at the same time: %1 marked &quot;%2&quot;. The later mark is the one shown. Both are kept in the history.</source>
        <translation>En kollega markerade detta annorlunda samtidigt: %1 markerade ”%2”. Den senare markeringen visas. Båda sparas i historiken.</translation>
    </message>
</context>
<context>
    <name>ReviewEvidencePanel</name>
    <message>
        <source>Downloaded</source>
        <translation>Nedladdad</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Laddar ned…</translation>
    </message>
    <message>
        <source>Waiting to download</source>
        <translation>Väntar på nedladdning</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Öppna %1</translation>
    </message>
    <message>
        <source>%1 is not on this laptop yet; click to download it when online.</source>
        <translation>%1 finns inte på den här datorn ännu; klicka för att ladda ned den när du är uppkopplad.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bevis och bilagor</translation>
    </message>
    <message>
        <source>No files attached.</source>
        <translation>Inga bifogade filer.</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Filen kontrolleras…</translation>
    </message>
    <message>
        <source>Downloading %1 %</source>
        <translation>Laddar ned %1 %</translation>
    </message>
    <message>
        <source>Download failed; click to try again</source>
        <translation>Nedladdningen misslyckades. Klicka för att försöka igen.</translation>
    </message>
    <message>
        <source>Waiting for the network</source>
        <translation>Väntar på nätverket</translation>
    </message>
    <message>
        <source>Waiting for an unmetered network</source>
        <translation>Väntar på ett obegränsat nätverk (t.ex. wifi)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Trainee %1</source>
        <translation>Deltagare %1</translation>
    </message>
    <message>
        <source>%1 · version %2 · sent %3</source>
        <translation>%1 · version %2 · skickad %3</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Väntar på bedömning</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>A colleague decided differently at the same time: %1 chose &quot;%2&quot;. The decision shown here was made later and is the one the trainee sees. Both are kept in the history.</source>
        <translation>En kollega beslutade annorlunda samtidigt: %1 valde ”%2”. Beslutet som visas här gjordes senare, och det är det som deltagaren ser. Båda sparas i historiken.</translation>
    </message>
    <message>
        <source>a coach</source>
        <translation>en handledare</translation>
    </message>
    <message>
        <source>Saved on this computer. Sent to the trainee at the next sync.</source>
        <translation>Sparat på den här datorn. Skickas till deltagaren vid nästa uppdatering.</translation>
    </message>
    <message>
        <source>A colleague marked this differently at the same time.</source>
        <translation>En kollega markerade det här annorlunda samtidigt.</translation>
    </message>
    <message>
        <source>Praise: %1</source>
        <translation>Beröm: %1</translation>
    </message>
    <message>
        <source>Well done: %1.</source>
        <translation>Bra gjort: %1.</translation>
    </message>
    <message>
        <source>Great work!</source>
        <translation>Bra jobbat!</translation>
    </message>
    <message>
        <source>You worked carefully and safely.</source>
        <translation>Du arbetade noggrant och säkert.</translation>
    </message>
    <message>
        <source>Your description is clear and thorough.</source>
        <translation>Din beskrivning är tydlig och grundlig.</translation>
    </message>
    <message>
        <source>Tell more about how you did it.</source>
        <translation>Berätta mer om hur du gjorde det.</translation>
    </message>
    <message>
        <source>Add a photo of the result.</source>
        <translation>Lägg till ett foto av resultatet.</translation>
    </message>
    <message>
        <source>Check the safety instructions once more.</source>
        <translation>Kontrollera säkerhetsanvisningarna en gång till.</translation>
    </message>
    <message>
        <source>Write what the trainee should do next.</source>
        <translation>Skriv vad deltagaren ska göra härnäst.</translation>
    </message>
    <message>
        <source>Could not save on this computer: %1</source>
        <translation>Det gick inte att spara på den här datorn: %1</translation>
    </message>
    <message>
        <source>Back to the review queue</source>
        <translation>Tillbaka till arbeten att bedöma</translation>
    </message>
    <message>
        <source>The trainee&apos;s answer</source>
        <translation>Deltagarens svar</translation>
    </message>
    <message>
        <source>Task instructions</source>
        <translation>Instruktioner för uppgiften</translation>
    </message>
    <message>
        <source>Skill requirements</source>
        <translation>Krav på yrkeskunnande</translation>
    </message>
    <message>
        <source>Tick the requirements the trainee demonstrated in this task. No grades: demonstrated or not yet.</source>
        <translation>Kryssa för de krav som deltagaren visade i den här uppgiften. Inga betyg: påvisad eller inte ännu.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Respons</translation>
    </message>
    <message>
        <source>Praise something specific:</source>
        <translation>Beröm något särskilt:</translation>
    </message>
    <message>
        <source>Quick phrases:</source>
        <translation>Snabbfraser:</translation>
    </message>
    <message>
        <source>Write feedback to the trainee…</source>
        <translation>Skriv respons till deltagaren…</translation>
    </message>
    <message>
        <source>What should be done next (for a revision)</source>
        <translation>Vad ska göras härnäst (för korrigering)</translation>
    </message>
    <message>
        <source>For example: add a photo of the dried floor.</source>
        <translation>Till exempel: lägg till ett foto av det torkade golvet.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Godkänn</translation>
    </message>
    <message>
        <source>Ask for revision</source>
        <translation>Be om korrigering</translation>
    </message>
    <message>
        <source>Send feedback only</source>
        <translation>Skicka bara respons</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>Demonstrated</source>
        <translation>Påvisad</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Anteckning (frivillig)</translation>
    </message>
    <message>
        <source>A colleague decided differently at the same time: you chose &quot;%1&quot;, but %2&apos;s later decision is the one shown here and seen by the trainee. Both are kept in the history. Decide again if you disagree.</source>
        <translation>En kollega beslutade annorlunda samtidigt: du valde ”%1”, men %2 beslutade senare. Det beslutet visas här, och det är det som deltagaren ser. Båda sparas i historiken. Besluta på nytt om du inte håller med.</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <source>Trainee %1</source>
        <translation>Deltagare %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>First version</source>
        <translation>Första versionen</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) waiting, oldest first</source>
        <translation>
            <numerusform>%n arbete väntar, äldst först</numerusform>
            <numerusform>%n arbeten väntar, äldst först</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Väntar på bedömning</translation>
    </message>
    <message>
        <source>Nothing is waiting for review. New submissions appear here after the next sync.</source>
        <translation>Inget väntar på bedömning. Nya arbeten syns här efter nästa uppdatering.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Bedöm</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <source>No files</source>
        <translation>Inga filer</translation>
    </message>
    <message>
        <source>%1/%2 on this laptop</source>
        <translation>%1/%2 på den här datorn</translation>
    </message>
    <message>
        <source>Everything waiting for review is on this laptop. You can review offline.</source>
        <translation>Allt som väntar på bedömning finns på den här datorn. Du kan bedöma utan nätverk.</translation>
    </message>
    <message numerus="yes">
        <source>Still downloading %n file(s) (%1) for offline review. Keep the laptop online.</source>
        <translation>
            <numerusform>Laddar fortfarande ned %n fil (%1) för bedömning utan nätverk. Håll datorn uppkopplad.</numerusform>
            <numerusform>Laddar fortfarande ned %n filer (%1) för bedömning utan nätverk. Håll datorn uppkopplad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are not on this laptop yet; they download when the connection returns.</source>
        <translation>
            <numerusform>%n fil finns inte på den här datorn ännu; den laddas ned när anslutningen är tillbaka.</numerusform>
            <numerusform>%n filer finns inte på den här datorn ännu; de laddas ned när anslutningen är tillbaka.</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bevis</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>Trainee %1</source>
        <translation>Deltagare %1</translation>
    </message>
    <message>
        <source>%1 / %2 approved</source>
        <translation>%1 / %2 godkända</translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation>Ingen aktivitet ännu</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alla grupper</translation>
    </message>
    <message>
        <source>No trainees yet. Trainees appear here after the next sync once an administrator has assigned them tasks.</source>
        <translation>Inga deltagare ännu. Deltagarna syns här efter nästa uppdatering, när en administratör har gett dem uppgifter.</translation>
    </message>
    <message>
        <source>Nobody matches the search.</source>
        <translation>Sökningen gav inga träffar.</translation>
    </message>
    <message>
        <source>My trainees</source>
        <translation>Mina deltagare</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Sök med namn</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Work waiting for review</source>
        <translation>Arbeten som väntar på bedömning</translation>
    </message>
    <message>
        <source>Asked to revise</source>
        <translation>Korrigering begärd</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Framsteg</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Senast aktiv</translation>
    </message>
    <message>
        <source>Goal program: %1</source>
        <translation>Målprogram: %1</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Show competence</source>
        <translation>Visa kunnande</translation>
    </message>
    <message>
        <source>The chosen trainee&apos;s demonstrated skills</source>
        <translation>Den valda deltagarens visade färdigheter</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <source>When the trainee&apos;s laptop last synced with the server (to within 15 minutes). Work done on it after that has not reached you yet.</source>
        <translation>När deltagarens dator senast synkroniserades med servern (med 15 minuters noggrannhet). Arbete som gjorts efter det har inte nått dig ännu.</translation>
    </message>
    <message>
        <source>Last sync</source>
        <extracomment>Column: when the trainee&apos;s laptop last synced with the server</extracomment>
        <translation>Senast synkroniserad</translation>
    </message>
    <message>
        <source>Approved %1, waiting for review %2, to be revised %3, of %4 tasks</source>
        <translation>Godkända %1, väntar på bedömning %2, ska korrigeras %3, av %4 uppgifter</translation>
    </message>
</context>
<context>
    <name>SaveStateLine</name>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Saved on this computer</source>
        <translation>Sparat på den här datorn</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Väntar på att skickas</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Syncing…</source>
        <translation>Uppdaterar…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Ansluten</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Ingen anslutning</translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation>Alla ändringar skickade</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n ändring väntar på att skickas</numerusform>
            <numerusform>%n ändringar väntar på att skickas</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Uppdaterat %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Inte uppdaterat ännu</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not accepted: see your home page.</source>
        <translation>
            <numerusform>%n ändring godkändes inte, se startsidan.</numerusform>
            <numerusform>%n ändringar godkändes inte, se startsidan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Uppdatera nu</translation>
    </message>
    <message>
        <source>Send your work and fetch new tasks now</source>
        <translation>Skicka ditt arbete och hämta nya uppgifter nu</translation>
    </message>
    <message>
        <source>Next try %1.</source>
        <translation>Nästa försök %1.</translation>
    </message>
    <message>
        <source>Files paused (%1 %)</source>
        <translation>Filer pausade (%1 %)</translation>
    </message>
    <message>
        <source>Files %1 %</source>
        <translation>Filer %1 %</translation>
    </message>
</context>
<context>
    <name>TaskButton</name>
    <message numerus="yes">
        <source>%n new message(s) from your coach</source>
        <translation>
            <numerusform>%n nytt meddelande från din handledare</numerusform>
            <numerusform>%n nya meddelanden från din handledare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskHtml</name>
    <message>
        <source>delivered to your coach</source>
        <translation>framme hos din handledare</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>väntar på att skickas</translation>
    </message>
    <message>
        <source>Version %1 sent %2</source>
        <translation>Version %1 skickad %2</translation>
    </message>
    <message>
        <source>Approved by your coach</source>
        <translation>Godkänd av din handledare</translation>
    </message>
    <message>
        <source>Your coach asked for changes</source>
        <translation>Din handledare bad om ändringar</translation>
    </message>
</context>
<context>
    <name>TaskPage</name>
    <message>
        <source>Your answer is too long to save. Make it shorter.</source>
        <translation>Ditt svar är för långt för att sparas. Gör det kortare.</translation>
    </message>
    <message>
        <source>Saving on this computer did not work. Try again, or ask your coach for help.</source>
        <translation>Det gick inte att spara på den här datorn. Försök igen eller be din handledare om hjälp.</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>Skicka för bedömning</translation>
    </message>
    <message>
        <source>Send this task to your coach for review?</source>
        <translation>Vill du skicka uppgiften till din handledare för bedömning?</translation>
    </message>
    <message>
        <source>Your answer is empty. You can still send the task if you did the work at the workshop.</source>
        <translation>Ditt svar är tomt. Du kan ändå skicka uppgiften om du gjorde arbetet i verkstaden.</translation>
    </message>
    <message>
        <source>Your coach will see your answer as it is now. You can still make changes and send the task again later.</source>
        <translation>Din handledare ser ditt svar så som det är nu. Du kan senare ändra det och skicka uppgiften igen.</translation>
    </message>
    <message>
        <source>Yes, send</source>
        <translation>Ja, skicka</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Inte ännu</translation>
    </message>
    <message>
        <source>This task is no longer in your program</source>
        <translation>Uppgiften finns inte längre i ditt program</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>Cirka %n minut</numerusform>
            <numerusform>Cirka %n minuter</numerusform>
        </translation>
    </message>
    <message>
        <source>Your coach approved this task.</source>
        <translation>Din handledare godkände uppgiften.</translation>
    </message>
    <message>
        <source>Your coach asked you to make changes.</source>
        <translation>Din handledare bad dig göra ändringar.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Påbörjad</translation>
    </message>
    <message>
        <source>Mark as started</source>
        <translation>Markera som påbörjad</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Skicka igen</translation>
    </message>
    <message>
        <source>This task is approved. You do not need to do anything more.</source>
        <translation>Uppgiften är godkänd. Du behöver inte göra något mer.</translation>
    </message>
    <message>
        <source>This answer has been sent. If you change it, you can send it again.</source>
        <translation>Det här svaret är skickat. Om du ändrar det kan du skicka det igen.</translation>
    </message>
    <message>
        <source>Change your answer as your coach asked, then send it again.</source>
        <translation>Ändra ditt svar så som din handledare bad om och skicka det sedan igen.</translation>
    </message>
    <message>
        <source>When your answer is ready, send it to your coach for review.</source>
        <translation>När ditt svar är klart, skicka det till din handledare för bedömning.</translation>
    </message>
    <message>
        <source>Back to my tasks</source>
        <translation>Tillbaka till mina uppgifter</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Vad ska jag göra</translation>
    </message>
    <message>
        <source>Skills this task trains</source>
        <translation>Färdigheter som uppgiften övar</translation>
    </message>
    <message>
        <source>&amp;Your answer</source>
        <translation>&amp;Ditt svar</translation>
    </message>
    <message>
        <source>Write your answer here. It is saved on this computer automatically.</source>
        <translation>Skriv ditt svar här. Det sparas automatiskt på den här datorn.</translation>
    </message>
    <message>
        <source>Sent versions</source>
        <translation>Skickade versioner</translation>
    </message>
    <message>
        <source>Your coach has not written instructions for this task. Ask your coach what to do.</source>
        <translation>Din handledare har inte skrivit instruktioner för uppgiften. Fråga din handledare vad du ska göra.</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Not started</source>
        <translation>Inte påbörjad</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Sent for review</source>
        <translation>Skickad för bedömning</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>Behöver ändras</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <source>You have not started this task yet.</source>
        <translation>Du har inte påbörjat uppgiften ännu.</translation>
    </message>
    <message>
        <source>You have started this task. Send it for review when it is ready.</source>
        <translation>Du har påbörjat uppgiften. Skicka den för bedömning när den är klar.</translation>
    </message>
    <message>
        <source>You have sent this task. Your coach will look at it.</source>
        <translation>Du har skickat uppgiften. Din handledare tittar på den.</translation>
    </message>
    <message>
        <source>Your coach asked you to change something. Read the feedback and send the task again.</source>
        <translation>Din handledare bad dig ändra något. Läs responsen och skicka uppgiften igen.</translation>
    </message>
    <message>
        <source>Your coach has approved this task. Well done!</source>
        <translation>Din handledare har godkänt uppgiften. Bra jobbat!</translation>
    </message>
    <message>
        <source>The username or the password is wrong. Check them and try again.</source>
        <translation>Användarnamnet eller lösenordet är fel. Kontrollera dem och försök igen.</translation>
    </message>
    <message>
        <source>The first login on this laptop needs a network connection. Connect the laptop to the internet and try again.</source>
        <translation>Den första inloggningen på den här datorn kräver en nätverksanslutning. Anslut datorn till internet och försök igen.</translation>
    </message>
    <message>
        <source>Your account is not in use. Ask your coach for help.</source>
        <translation>Ditt konto är inte i bruk. Be din handledare om hjälp.</translation>
    </message>
    <message>
        <source>Too many tries. Wait a few minutes and try again.</source>
        <translation>För många försök. Vänta några minuter och försök igen.</translation>
    </message>
    <message>
        <source>Please update Pajapolku. This version cannot talk to the server. Ask your IT support for help.</source>
        <translation>Pajapolku behöver uppdateras. Den här versionen fungerar inte med servern. Be IT-stödet om hjälp.</translation>
    </message>
    <message>
        <source>You need to choose a new password before you can continue.</source>
        <translation>Du måste välja ett nytt lösenord innan du kan fortsätta.</translation>
    </message>
    <message>
        <source>Your login has expired. Log in again with your password.</source>
        <translation>Din inloggning har gått ut. Logga in igen med ditt lösenord.</translation>
    </message>
    <message>
        <source>Logging in did not work. Try again later, or ask your coach for help.</source>
        <translation>Inloggningen lyckades inte. Försök igen senare eller be din handledare om hjälp.</translation>
    </message>
    <message>
        <source>No connection to the server. Your work is safe on this computer.</source>
        <translation>Ingen anslutning till servern. Ditt arbete är tryggt på den här datorn.</translation>
    </message>
    <message>
        <source>Log out and log in again to send your work.</source>
        <translation>Logga ut och logga in igen för att skicka ditt arbete.</translation>
    </message>
    <message>
        <source>Change your password to send your work.</source>
        <translation>Byt ditt lösenord för att skicka ditt arbete.</translation>
    </message>
    <message>
        <source>Please update Pajapolku. Your work is safe on this computer.</source>
        <translation>Pajapolku behöver uppdateras. Ditt arbete är tryggt på den här datorn.</translation>
    </message>
    <message>
        <source>The server is busy. Pajapolku will try again soon.</source>
        <translation>Servern är upptagen. Pajapolku försöker snart igen.</translation>
    </message>
    <message>
        <source>Sending did not work. Pajapolku will try again soon.</source>
        <translation>Det gick inte att skicka. Pajapolku försöker snart igen.</translation>
    </message>
    <message>
        <source>Your current password is wrong. Check it and try again.</source>
        <translation>Ditt nuvarande lösenord är fel. Kontrollera det och försök igen.</translation>
    </message>
    <message numerus="yes">
        <source>The new password is not accepted. It must have at least %n characters.</source>
        <translation>
            <numerusform>Det nya lösenordet godkändes inte. Det måste ha minst %n tecken.</numerusform>
            <numerusform>Det nya lösenordet godkändes inte. Det måste ha minst %n tecken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the password needs a network connection. Connect the laptop to the internet and try again.</source>
        <translation>För att byta lösenord behövs en nätverksanslutning. Anslut datorn till internet och försök igen.</translation>
    </message>
    <message>
        <source>Changing the password did not work. Try again later, or ask your coach for help.</source>
        <translation>Det gick inte att byta lösenord. Försök igen senare eller be din handledare om hjälp.</translation>
    </message>
    <message>
        <source>This task is no longer in your program.</source>
        <translation>Uppgiften finns inte längre i ditt program.</translation>
    </message>
    <message>
        <source>The same change was already saved in another way.</source>
        <translation>Samma ändring var redan sparad på ett annat sätt.</translation>
    </message>
    <message>
        <source>The server could not read the change.</source>
        <translation>Servern kunde inte läsa ändringen.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>Texten är för lång.</translation>
    </message>
    <message>
        <source>The server did not accept the change.</source>
        <translation>Servern godkände inte ändringen.</translation>
    </message>
    <message>
        <source>MMM d &apos;at&apos; h:mm AP</source>
        <extracomment>Date and time format (QDateTime format string); Finnish: d.M. &apos;klo&apos; H.mm</extracomment>
        <translation>d.M. &apos;kl.&apos; H.mm</translation>
    </message>
    <message>
        <source>MMM d, yyyy &apos;at&apos; h:mm AP</source>
        <extracomment>Date and time format with the year; Finnish: d.M.yyyy &apos;klo&apos; H.mm</extracomment>
        <translation>d.M.yyyy &apos;kl.&apos; H.mm</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <extracomment>Date format (QDate format string); Finnish: d.M.yyyy</extracomment>
        <translation>d.M.yyyy</translation>
    </message>
    <message>
        <source>Your answer to the task %1 was not saved on the server.</source>
        <translation>Ditt svar på uppgiften %1 sparades inte på servern.</translation>
    </message>
    <message>
        <source>Your answer to a task was not saved on the server.</source>
        <translation>Ditt svar på en uppgift sparades inte på servern.</translation>
    </message>
    <message>
        <source>Sending the task %1 for review did not go through.</source>
        <translation>Uppgiften %1 kom inte fram för bedömning.</translation>
    </message>
    <message>
        <source>Sending a task for review did not go through.</source>
        <translation>En uppgift kom inte fram för bedömning.</translation>
    </message>
    <message>
        <source>Starting the task %1 was not saved on the server.</source>
        <translation>Att du påbörjat uppgiften %1 sparades inte på servern.</translation>
    </message>
    <message>
        <source>Starting a task was not saved on the server.</source>
        <translation>Att du påbörjat en uppgift sparades inte på servern.</translation>
    </message>
    <message>
        <source>A change to the task %1 was not saved on the server.</source>
        <translation>En ändring i uppgiften %1 sparades inte på servern.</translation>
    </message>
    <message>
        <source>A change was not saved on the server.</source>
        <translation>En ändring sparades inte på servern.</translation>
    </message>
    <message>
        <source>&apos;at&apos; h:mm AP</source>
        <extracomment>Time of day today (QTime format string); Finnish: &apos;klo&apos; H.mm</extracomment>
        <translation>&apos;kl.&apos; H.mm</translation>
    </message>
</context>
<context>
    <name>UploadQueuePanel</name>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minuter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n timme</numerusform>
            <numerusform>%n timmar</numerusform>
        </translation>
    </message>
    <message>
        <source>No files.</source>
        <translation>Inga filer.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <source>All files have been sent.</source>
        <translation>Alla filer har skickats.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to send, %1 of %2.</source>
        <translation>
            <numerusform>%n fil att skicka, %1 av %2.</numerusform>
            <numerusform>%n filer att skicka, %1 av %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Speed %1/s, about %2 left.</source>
        <translation>Hastighet %1/s, cirka %2 kvar.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Pausad.</translation>
    </message>
    <message>
        <source>Waiting for a connection.</source>
        <translation>Väntar på förbindelse.</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Fortsätt alla</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Pausa alla</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Framsteg</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Files to send</source>
        <translation>Filer att skicka</translation>
    </message>
    <message>
        <source>Scale very large photos down before sending</source>
        <translation>Förminska mycket stora foton före sändning</translation>
    </message>
    <message>
        <source>Send large files (over %1 MB) only on unmetered networks</source>
        <translation>Skicka stora filer (över %1 MB) bara i obegränsade nätverk (t.ex. verkstadens wifi)</translation>
    </message>
    <message>
        <source>This computer cannot tell whether the network is metered, so large files are sent on any network.</source>
        <translation>Datorn kan inte avgöra om nätverket är begränsat, så stora filer skickas i alla nätverk.</translation>
    </message>
    <message>
        <source>Speed %1/s, less than a minute left.</source>
        <translation>Hastighet %1/s, mindre än en minut kvar.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Pajapolku: tasks and coaching for workshop trainees.</source>
        <translation>Pajapolku: uppgifter och handledning för deltagare i verkstäder.</translation>
    </message>
    <message>
        <source>Address of the Pajapolku server, e.g. https://pajapolku.example.fi</source>
        <translation>Adress till Pajapolku-servern, t.ex. https://pajapolku.example.fi</translation>
    </message>
    <message>
        <source>url</source>
        <translation>adress</translation>
    </message>
    <message>
        <source>Folder for the profiles kept on this computer.</source>
        <translation>Mapp för profilerna som sparas på den här datorn.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>mapp</translation>
    </message>
    <message>
        <source>Language of the user interface: fi, sv, en or se.</source>
        <translation>Användargränssnittets språk: fi, sv, en eller se.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kod</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Use fi, sv, en or se.
</source>
        <translation>Okänt språk ”%1”. Använd fi, sv, en eller se.
</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; is not valid.
</source>
        <translation>Serveradressen ”%1” är inte giltig.
</translation>
    </message>
    <message>
        <source>Cannot create the profile folder &quot;%1&quot;.
</source>
        <translation>Det går inte att skapa profilmappen ”%1”.
</translation>
    </message>
</context>
</TS>
