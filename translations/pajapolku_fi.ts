<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Show the passwords</source>
        <translation>Näytä salasanat</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Vaihda salasana</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Kirjaudu ulos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Valitse uusi salasana</translation>
    </message>
    <message>
        <source>Your coach has given you a temporary password. Choose your own password now.</source>
        <translation>Sait valmentajalta väliaikaisen salasanan. Valitse nyt oma salasana.</translation>
    </message>
    <message numerus="yes">
        <source>The new password must have at least %n characters. A short sentence that is easy for you to remember is a good password.</source>
        <translation>
            <numerusform>Uudessa salasanassa pitää olla vähintään %n merkki. Hyvä salasana on lyhyt lause, jonka muistat helposti.</numerusform>
            <numerusform>Uudessa salasanassa pitää olla vähintään %n merkkiä. Hyvä salasana on lyhyt lause, jonka muistat helposti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the password needs a network connection. This laptop seems to be offline right now.</source>
        <translation>Salasanan vaihtamiseen tarvitaan verkkoyhteys. Tämä kone ei näytä olevan nyt verkossa.</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Nykyinen salasana</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Uusi salasana</translation>
    </message>
    <message>
        <source>&amp;Type the new password again</source>
        <translation>&amp;Kirjoita uusi salasana uudelleen</translation>
    </message>
    <message>
        <source>Type your current password first.</source>
        <translation>Kirjoita ensin nykyinen salasanasi.</translation>
    </message>
    <message numerus="yes">
        <source>The new password is too short. It must have at least %n characters.</source>
        <translation>
            <numerusform>Uusi salasana on liian lyhyt. Siinä pitää olla vähintään %n merkki.</numerusform>
            <numerusform>Uusi salasana on liian lyhyt. Siinä pitää olla vähintään %n merkkiä.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Type them again.</source>
        <translation>Uudet salasanat eivät ole samat. Kirjoita ne uudelleen.</translation>
    </message>
    <message>
        <source>The new password must be different from the current one.</source>
        <translation>Uuden salasanan pitää olla eri kuin nykyisen.</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Salasana vaihdettu</translation>
    </message>
    <message>
        <source>Your password is now changed. Use the new password next time you log in.</source>
        <translation>Salasanasi on nyt vaihdettu. Käytä uutta salasanaa, kun kirjaudut seuraavan kerran.</translation>
    </message>
</context>
<context>
    <name>CoachPage</name>
    <message>
        <source>Review queue (%1)</source>
        <translation>Arvioitavat (%1)</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Arvioitavat</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Valmentautujat</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Valmennus</translation>
    </message>
    <message>
        <source>Hello, %1!</source>
        <translation>Hei, %1!</translation>
    </message>
    <message>
        <source>Review your trainees&apos; work and give feedback. Everything you do is saved on this computer and sent at the next sync, so you can work without a connection.</source>
        <translation>Arvioi valmentautujien töitä ja anna palautetta. Kaikki tekemäsi tallentuu tälle koneelle ja lähtee seuraavassa päivityksessä, joten voit työskennellä myös ilman verkkoyhteyttä.</translation>
    </message>
    <message>
        <source>Quick phrases</source>
        <translation>Pikafraasit</translation>
    </message>
    <message>
        <source>Edit your organisation&apos;s ready-made feedback sentences</source>
        <translation>Muokkaa organisaatiosi valmiita palautelauseita</translation>
    </message>
</context>
<context>
    <name>CompetenceMapView</name>
    <message>
        <source>My competence</source>
        <translation>Osaamiseni</translation>
    </message>
    <message>
        <source>Competence: %1</source>
        <translation>Osaaminen: %1</translation>
    </message>
    <message>
        <source>These are the skills your tasks train. When your coach sees that you can do a skill, it is marked demonstrated.</source>
        <translation>Nämä ovat taitoja, joita harjoittelet tehtävissäsi. Kun valmentajasi näkee, että osaat taidon, se merkitään osoitetuksi.</translation>
    </message>
    <message>
        <source>The skill requirements of the trainee&apos;s goal program. A requirement is demonstrated when a coach marked it demonstrated in some task.</source>
        <translation>Valmentautujan tavoiteohjelman ammattitaitovaatimukset. Vaatimus on osoitettu, kun valmentaja on merkinnyt sen osoitetuksi jossakin tehtävässä.</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %n skill(s) demonstrated</source>
        <translation>
            <numerusform>%1 / %n taito osoitettu</numerusform>
            <numerusform>%1 / %n taitoa osoitettu</numerusform>
        </translation>
    </message>
    <message>
        <source>No skills yet. When your tasks are linked to skill requirements of a qualification, they are shown here.</source>
        <translation>Ei vielä taitoja. Kun tehtäväsi liitetään tutkinnon ammattitaitovaatimuksiin, ne näkyvät tässä.</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %n demonstrated</source>
        <translation>
            <numerusform>%1 / %n osoitettu</numerusform>
            <numerusform>%1 / %n osoitettu</numerusform>
        </translation>
    </message>
    <message>
        <source>Demonstrated</source>
        <translation>Osoitettu</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ei vielä</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Attach files to the task</source>
        <translation>Liitä tiedostoja tehtävään</translation>
    </message>
    <message>
        <source>Pictures, videos and documents (*.jpg *.jpeg *.png *.gif *.webp *.heic *.mp4 *.mov *.webm *.mp3 *.m4a *.wav *.ogg *.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp *.doc *.xls *.ppt *.txt);;All files (*)</source>
        <translation>Kuvat, videot ja asiakirjat (*.jpg *.jpeg *.png *.gif *.webp *.heic *.mp4 *.mov *.webm *.mp3 *.m4a *.wav *.ogg *.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp *.doc *.xls *.ppt *.txt);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>this kind of file cannot be attached</source>
        <translation>tällaista tiedostoa ei voi liittää</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>tiedostoa ei voi lukea</translation>
    </message>
    <message>
        <source>it could not be saved on this computer</source>
        <translation>sitä ei voitu tallentaa tälle tietokoneelle</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>on the server</source>
        <translation>palvelimella</translation>
    </message>
    <message>
        <source>uploading %1 %</source>
        <translation>lähetetään %1 %</translation>
    </message>
    <message>
        <source>waiting (%1 % sent)</source>
        <translation>odottaa (%1 % lähetetty)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>odottaa</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>keskeytetty</translation>
    </message>
    <message>
        <source>done</source>
        <translation>valmis</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>epäonnistui: %1</translation>
    </message>
    <message>
        <source>Pictures and files</source>
        <translation>Kuvat ja tiedostot</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Liitä tiedosto…</translation>
    </message>
    <message>
        <source>Add a photo, video or document as evidence, or drag it here. It is kept on this computer and sent when there is a connection.</source>
        <translation>Lisää näytöksi kuva, video tai asiakirja, tai vedä se tähän. Se säilyy tällä tietokoneella ja lähtee, kun yhteys toimii.</translation>
    </message>
    <message>
        <source>the file is too large for the server</source>
        <translation>tiedosto on liian suuri palvelimelle</translation>
    </message>
    <message>
        <source>the server does not accept this kind of file</source>
        <translation>palvelin ei ota vastaan tällaista tiedostoa</translation>
    </message>
    <message>
        <source>the workshop&apos;s storage space is full; ask your coach</source>
        <translation>työpajan tallennustila on täynnä; kysy valmentajalta</translation>
    </message>
    <message>
        <source>the saved copy of the file is missing</source>
        <translation>tiedoston tallennettu kopio puuttuu</translation>
    </message>
    <message>
        <source>the server refused the file</source>
        <translation>palvelin ei hyväksynyt tiedostoa</translation>
    </message>
</context>
<context>
    <name>FeedbackThreadView</name>
    <message>
        <source>You</source>
        <translation>Sinä</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Valmentautuja</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Valmentaja</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Uusi</translation>
    </message>
    <message>
        <source>Praised: %1</source>
        <translation>Kehuttu: %1</translation>
    </message>
    <message>
        <source>Messages with your coach</source>
        <translation>Viestit valmentajan kanssa</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Ei vielä viestejä.</translation>
    </message>
    <message>
        <source>Write a reply to your coach…</source>
        <translation>Kirjoita vastaus valmentajalle…</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Lähetä vastaus</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Hello, %1!</source>
        <translation>Hei, %1!</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Omat tehtävät</translation>
    </message>
    <message>
        <source>This window shows the tasks of a trainee. Your account is a coach account, so there are no tasks for you here.</source>
        <translation>Tässä ikkunassa näkyvät valmentautujan tehtävät. Sinun tunnuksesi on valmentajan tunnus, joten sinulle ei ole täällä tehtäviä.</translation>
    </message>
    <message>
        <source>You have no tasks yet. Your coach adds tasks to your goal program. They appear here when this laptop is connected to the network.</source>
        <translation>Sinulla ei ole vielä tehtäviä. Valmentaja lisää tehtävät tavoiteohjelmaasi. Ne tulevat näkyviin, kun tämä kone on yhteydessä verkkoon.</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %n sent</source>
        <translation>
            <numerusform>%1 / %n lähetetty</numerusform>
            <numerusform>%1 / %n lähetetty</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 / %n task(s) sent for review</source>
        <translation>
            <numerusform>%1 / %n tehtävä lähetetty arvioitavaksi</numerusform>
            <numerusform>%1 / %n tehtävää lähetetty arvioitavaksi</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue: %1</source>
        <translation>Jatka: %1</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Aloita: %1</translation>
    </message>
    <message>
        <source>Some of your changes were not accepted</source>
        <translation>Kaikkia muutoksiasi ei hyväksytty</translation>
    </message>
    <message>
        <source>Your work is still saved on this computer. Show this message to your coach.</source>
        <translation>Työsi on edelleen tallessa tällä koneella. Näytä tämä viesti valmentajallesi.</translation>
    </message>
    <message>
        <source>Finish by %1</source>
        <translation>Valmis viimeistään %1</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>Noin %n minuutti</numerusform>
            <numerusform>Noin %n minuuttia</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved on this computer, waiting to be sent</source>
        <translation>Tallennettu tälle koneelle, odottaa lähetystä</translation>
    </message>
    <message numerus="yes">
        <source>You have %n new message(s) from your coach. The tasks with a red number have them.</source>
        <translation>
            <numerusform>Sinulle on %n uusi viesti valmentajalta. Se on tehtävässä, jossa on punainen numero.</numerusform>
            <numerusform>Sinulle on %n uutta viestiä valmentajalta. Ne ovat tehtävissä, joissa on punainen numero.</numerusform>
        </translation>
    </message>
    <message>
        <source>My competence</source>
        <translation>Osaamiseni</translation>
    </message>
    <message>
        <source>The skills you have shown in your tasks</source>
        <translation>Taidot, jotka olet osoittanut tehtävissäsi</translation>
    </message>
</context>
<context>
    <name>ImageViewerDialog</name>
    <message>
        <source>Fit</source>
        <translation>Sovita</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Loitonna</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Lähennä</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>The image cannot be shown.</source>
        <translation>Kuvaa ei voi näyttää.</translation>
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
        <translation>Kirjoita käyttäjätunnuksesi.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Kirjoita salasanasi.</translation>
    </message>
    <message>
        <source>The server address is not right. Ask your IT support for the right address.</source>
        <translation>Palvelimen osoite ei ole oikein. Kysy oikea osoite IT-tuelta.</translation>
    </message>
    <message>
        <source>Welcome! Your work is saved on this computer, even without a network.</source>
        <translation>Tervetuloa! Työsi tallentuu tälle koneelle myös ilman verkkoyhteyttä.</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Kuka olet?</translation>
    </message>
    <message>
        <source>Choose your name from the list.</source>
        <translation>Valitse nimesi listalta.</translation>
    </message>
    <message>
        <source>Another user</source>
        <translation>Joku muu käyttäjä</translation>
    </message>
    <message>
        <source>Hello, %1!</source>
        <translation>Hei, %1!</translation>
    </message>
    <message>
        <source>Type your password and press Log in.</source>
        <translation>Kirjoita salasanasi ja paina Kirjaudu sisään.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Kirjaudu sisään</translation>
    </message>
    <message>
        <source>Type the username and password you got from your coach.</source>
        <translation>Kirjoita käyttäjätunnus ja salasana, jotka sait valmentajalta.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Käyttäjätunnus</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Salasana</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Näytä salasana</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Kirjaudutaan…</translation>
    </message>
    <message>
        <source>Not you? Back to the list</source>
        <translation>Väärä nimi? Palaa listalle</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Palaa listalle</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Lisäasetukset</translation>
    </message>
    <message>
        <source>&amp;Server address (for IT support)</source>
        <translation>&amp;Palvelimen osoite (IT-tuelle)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Kieli:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your account: change password, language, log out</source>
        <translation>Oma tili: vaihda salasana tai kieli, kirjaudu ulos</translation>
    </message>
    <message>
        <source>User menu for %1</source>
        <translation>Käyttäjävalikko: %1</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Vaihda salasana…</translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Vaihda kieli</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Kirjaudu ulos</translation>
    </message>
</context>
<context>
    <name>PhraseBankDialog</name>
    <message>
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <source>Save text</source>
        <translation>Tallenna teksti</translation>
    </message>
    <message>
        <source>Quick phrases</source>
        <translation>Pikafraasit</translation>
    </message>
    <message>
        <source>Your organisation&apos;s ready-made sentences for feedback. Changes are saved on this computer and sent at the next sync; the other coaches of your organisation get them too.</source>
        <translation>Organisaatiosi valmiit lauseet palautteeseen. Muutokset tallentuvat tälle tietokoneelle ja lähtevät seuraavassa synkronoinnissa; myös organisaatiosi muut valmentajat saavat ne.</translation>
    </message>
    <message>
        <source>New phrase</source>
        <translation>Uusi fraasi</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Kehu</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Ohje</translation>
    </message>
    <message>
        <source>Type of the new phrase</source>
        <translation>Uuden fraasin laji</translation>
    </message>
    <message>
        <source>For example: The result is neat and tidy.</source>
        <translation>Esimerkiksi: Työjälki on siistiä.</translation>
    </message>
    <message>
        <source>Text of the new phrase</source>
        <translation>Uuden fraasin teksti</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>Fraasit</translation>
    </message>
    <message>
        <source>Text of the selected phrase</source>
        <translation>Valitun fraasin teksti</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>archived, not offered in reviews</source>
        <translation>arkistoitu, ei tarjota arvioinnissa</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>odottaa lähetystä</translation>
    </message>
    <message>
        <source>not accepted: %1</source>
        <translation>ei hyväksytty: %1</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkistoi</translation>
    </message>
    <message>
        <source>Choose a phrase from the list to edit it</source>
        <translation>Valitse muokattava fraasi listasta</translation>
    </message>
    <message>
        <source>Write the phrase first.</source>
        <translation>Kirjoita fraasi ensin.</translation>
    </message>
    <message>
        <source>The phrase could not be saved.</source>
        <translation>Fraasia ei voitu tallentaa.</translation>
    </message>
    <message>
        <source>A phrase cannot be empty.</source>
        <translation>Fraasi ei voi olla tyhjä.</translation>
    </message>
    <message>
        <source>Selected phrase</source>
        <translation>Valittu fraasi</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Siirrä ylös</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Siirrä alas</translation>
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
        <translation>lähetetty</translation>
    </message>
    <message>
        <source>Progress chart</source>
        <translation>Edistymiskaavio</translation>
    </message>
    <message>
        <source>%1 of the tasks are sent for review or approved.</source>
        <translation>%1 tehtävistä on lähetetty arvioitavaksi tai hyväksytty.</translation>
    </message>
</context>
<context>
    <name>RequirementMarksPanel</name>
    <message>
        <source>Not yet</source>
        <translation>Ei vielä</translation>
    </message>
    <message>
        <source>A colleague marked this differently at the same time: you marked &quot;%1&quot;, but %2&apos;s later mark is the one shown. Both are kept in the history.</source>
        <translation>Kollega merkitsi tämän samaan aikaan toisin: sinä merkitsit ”%1”, mutta näkyvissä on myöhempi merkintä (%2). Molemmat säilyvät historiassa.</translation>
    </message>
    <message>
        <source>A colleague marked this differently at the same time: %1 marked &quot;%2&quot;. The later mark is the one shown. Both are kept in the history.</source>
        <translation>Kollega merkitsi tämän samaan aikaan toisin: %1 merkitsi ”%2”. Näkyvissä on myöhempi merkintä. Molemmat säilyvät historiassa.</translation>
    </message>
</context>
<context>
    <name>ReviewEvidencePanel</name>
    <message>
        <source>Downloaded</source>
        <translation>Ladattu</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <source>Waiting to download</source>
        <translation>Odottaa latausta</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Avaa %1</translation>
    </message>
    <message>
        <source>%1 is not on this laptop yet; click to download it when online.</source>
        <translation>%1 ei ole vielä tällä koneella; napsauta ladataksesi sen, kun verkko on käytössä.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Näytöt ja liitteet</translation>
    </message>
    <message>
        <source>No files attached.</source>
        <translation>Ei liitettyjä tiedostoja.</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Tarkistetaan tiedostoa…</translation>
    </message>
    <message>
        <source>Downloading %1 %</source>
        <translation>Ladataan %1 %</translation>
    </message>
    <message>
        <source>Download failed; click to try again</source>
        <translation>Lataus epäonnistui. Yritä uudelleen napsauttamalla.</translation>
    </message>
    <message>
        <source>Waiting for the network</source>
        <translation>Odottaa verkkoyhteyttä</translation>
    </message>
    <message>
        <source>Waiting for an unmetered network</source>
        <translation>Odottaa rajoittamatonta verkkoa (esim. Wi-Fi)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Trainee %1</source>
        <translation>Valmentautuja %1</translation>
    </message>
    <message>
        <source>%1 · version %2 · sent %3</source>
        <translation>%1 · versio %2 · lähetetty %3</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Odottaa arviointia</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Versio %1 (%2)</translation>
    </message>
    <message>
        <source>A colleague decided differently at the same time: %1 chose &quot;%2&quot;. The decision shown here was made later and is the one the trainee sees. Both are kept in the history.</source>
        <translation>Kollega päätti samaan aikaan toisin: %1 valitsi ”%2”. Tässä näkyvä päätös tehtiin myöhemmin, ja sen valmentautuja näkee. Molemmat säilyvät historiassa.</translation>
    </message>
    <message>
        <source>a coach</source>
        <translation>valmentaja</translation>
    </message>
    <message>
        <source>Saved on this computer. Sent to the trainee at the next sync.</source>
        <translation>Tallennettu tälle koneelle. Lähtee valmentautujalle seuraavassa päivityksessä.</translation>
    </message>
    <message>
        <source>A colleague marked this differently at the same time.</source>
        <translation>Kollega merkitsi tämän samaan aikaan toisin.</translation>
    </message>
    <message>
        <source>Praise: %1</source>
        <translation>Kehu: %1</translation>
    </message>
    <message>
        <source>Well done: %1.</source>
        <translation>Hienosti: %1.</translation>
    </message>
    <message>
        <source>Great work!</source>
        <translation>Hienoa työtä!</translation>
    </message>
    <message>
        <source>You worked carefully and safely.</source>
        <translation>Työskentelit huolellisesti ja turvallisesti.</translation>
    </message>
    <message>
        <source>Your description is clear and thorough.</source>
        <translation>Kuvauksesi on selkeä ja perusteellinen.</translation>
    </message>
    <message>
        <source>Tell more about how you did it.</source>
        <translation>Kerro lisää, miten teit työn.</translation>
    </message>
    <message>
        <source>Add a photo of the result.</source>
        <translation>Lisää kuva lopputuloksesta.</translation>
    </message>
    <message>
        <source>Check the safety instructions once more.</source>
        <translation>Tarkista turvallisuusohjeet vielä kerran.</translation>
    </message>
    <message>
        <source>Write what the trainee should do next.</source>
        <translation>Kirjoita, mitä valmentautujan pitää tehdä seuraavaksi.</translation>
    </message>
    <message>
        <source>Could not save on this computer: %1</source>
        <translation>Tallennus tälle koneelle ei onnistunut: %1</translation>
    </message>
    <message>
        <source>Back to the review queue</source>
        <translation>Takaisin arvioitaviin</translation>
    </message>
    <message>
        <source>The trainee&apos;s answer</source>
        <translation>Valmentautujan vastaus</translation>
    </message>
    <message>
        <source>Task instructions</source>
        <translation>Tehtävän ohjeet</translation>
    </message>
    <message>
        <source>Skill requirements</source>
        <translation>Ammattitaitovaatimukset</translation>
    </message>
    <message>
        <source>Tick the requirements the trainee demonstrated in this task. No grades: demonstrated or not yet.</source>
        <translation>Merkitse vaatimukset, jotka valmentautuja osoitti tässä tehtävässä. Ei arvosanoja: osoitettu tai ei vielä.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Palaute</translation>
    </message>
    <message>
        <source>Praise something specific:</source>
        <translation>Kehu jotain tiettyä:</translation>
    </message>
    <message>
        <source>Quick phrases:</source>
        <translation>Pikafraasit:</translation>
    </message>
    <message>
        <source>Write feedback to the trainee…</source>
        <translation>Kirjoita palautetta valmentautujalle…</translation>
    </message>
    <message>
        <source>What should be done next (for a revision)</source>
        <translation>Mitä pitää tehdä seuraavaksi (korjausta varten)</translation>
    </message>
    <message>
        <source>For example: add a photo of the dried floor.</source>
        <translation>Esimerkiksi: lisää kuva kuivatusta lattiasta.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Hyväksy</translation>
    </message>
    <message>
        <source>Ask for revision</source>
        <translation>Pyydä korjaamaan</translation>
    </message>
    <message>
        <source>Send feedback only</source>
        <translation>Lähetä vain palaute</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Keskustelu</translation>
    </message>
    <message>
        <source>Demonstrated</source>
        <translation>Osoitettu</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Huomio (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>A colleague decided differently at the same time: you chose &quot;%1&quot;, but %2&apos;s later decision is the one shown here and seen by the trainee. Both are kept in the history. Decide again if you disagree.</source>
        <translation>Kollega päätti samaan aikaan toisin: valitsit ”%1”, mutta %2 päätti myöhemmin, ja tässä näkyy hänen päätöksensä, jonka myös valmentautuja näkee. Molemmat säilyvät historiassa. Päätä uudelleen, jos olet eri mieltä.</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <source>Trainee %1</source>
        <translation>Valmentautuja %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versio %1</translation>
    </message>
    <message>
        <source>First version</source>
        <translation>Ensimmäinen versio</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) waiting, oldest first</source>
        <translation>
            <numerusform>%n työ odottaa, vanhin ensin</numerusform>
            <numerusform>%n työtä odottaa, vanhin ensin</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Odottaa arviointia</translation>
    </message>
    <message>
        <source>Nothing is waiting for review. New submissions appear here after the next sync.</source>
        <translation>Mikään ei odota arviointia. Uudet työt tulevat tähän seuraavan päivityksen jälkeen.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Arvioi</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Valmentautuja</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <source>No files</source>
        <translation>Ei tiedostoja</translation>
    </message>
    <message>
        <source>%1/%2 on this laptop</source>
        <translation>%1/%2 tällä koneella</translation>
    </message>
    <message>
        <source>Everything waiting for review is on this laptop. You can review offline.</source>
        <translation>Kaikki arvioitavat näytöt ovat tällä koneella. Voit arvioida ilman verkkoyhteyttä.</translation>
    </message>
    <message numerus="yes">
        <source>Still downloading %n file(s) (%1) for offline review. Keep the laptop online.</source>
        <translation>
            <numerusform>Ladataan vielä %n tiedosto (%1), jotta voit arvioida ilman verkkoyhteyttä. Pidä kone verkossa.</numerusform>
            <numerusform>Ladataan vielä %n tiedostoa (%1), jotta voit arvioida ilman verkkoyhteyttä. Pidä kone verkossa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are not on this laptop yet; they download when the connection returns.</source>
        <translation>
            <numerusform>%n tiedosto ei ole vielä tällä koneella; se ladataan, kun yhteys palaa.</numerusform>
            <numerusform>%n tiedostoa ei ole vielä tällä koneella; ne ladataan, kun yhteys palaa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Näytöt</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>Trainee %1</source>
        <translation>Valmentautuja %1</translation>
    </message>
    <message>
        <source>%1 / %2 approved</source>
        <translation>%1 / %2 hyväksytty</translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation>Ei vielä toimintaa</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Kaikki ryhmät</translation>
    </message>
    <message>
        <source>No trainees yet. Trainees appear here after the next sync once an administrator has assigned them tasks.</source>
        <translation>Ei vielä valmentautujia. Valmentautujat tulevat tähän seuraavan päivityksen jälkeen, kun ylläpitäjä on antanut heille tehtäviä.</translation>
    </message>
    <message>
        <source>Nobody matches the search.</source>
        <translation>Kukaan ei vastaa hakua.</translation>
    </message>
    <message>
        <source>My trainees</source>
        <translation>Omat valmentautujat</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Hae nimellä</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Work waiting for review</source>
        <translation>Töitä odottaa arviointia</translation>
    </message>
    <message>
        <source>Asked to revise</source>
        <translation>Pyydetty korjaamaan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Edistyminen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Odottaa</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Viimeksi aktiivinen</translation>
    </message>
    <message>
        <source>Goal program: %1</source>
        <translation>Tavoiteohjelma: %1</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Ryhmät</translation>
    </message>
    <message>
        <source>Show competence</source>
        <translation>Näytä osaaminen</translation>
    </message>
    <message>
        <source>The chosen trainee&apos;s demonstrated skills</source>
        <translation>Valitun valmentautujan osoittamat taidot</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Ei koskaan</translation>
    </message>
    <message>
        <source>When the trainee&apos;s laptop last synced with the server (to within 15 minutes). Work done on it after that has not reached you yet.</source>
        <translation>Milloin valmentautujan kone viimeksi päivittyi palvelimen kanssa (15 minuutin tarkkuudella). Sen jälkeen tehty työ ei ole vielä tullut sinulle.</translation>
    </message>
    <message>
        <source>Last sync</source>
        <extracomment>Column: when the trainee&apos;s laptop last synced with the server</extracomment>
        <translation>Viimeksi päivitetty</translation>
    </message>
    <message>
        <source>Approved %1, waiting for review %2, to be revised %3, of %4 tasks</source>
        <translation>Hyväksytty %1, odottaa arviointia %2, korjattavana %3, tehtäviä yhteensä %4</translation>
    </message>
</context>
<context>
    <name>SaveStateLine</name>
    <message>
        <source>Saving…</source>
        <translation>Tallennetaan…</translation>
    </message>
    <message>
        <source>Saved on this computer</source>
        <translation>Tallennettu tälle koneelle</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Odottaa lähetystä</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Lähetetty</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Syncing…</source>
        <translation>Päivitetään…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Verkossa</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Ei verkkoyhteyttä</translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation>Kaikki muutokset lähetetty</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n muutos odottaa lähetystä</numerusform>
            <numerusform>%n muutosta odottaa lähetystä</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Päivitetty %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ei vielä päivitetty</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not accepted: see your home page.</source>
        <translation>
            <numerusform>%n muutos jäi hyväksymättä, katso etusivu.</numerusform>
            <numerusform>%n muutosta jäi hyväksymättä, katso etusivu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Päivitä nyt</translation>
    </message>
    <message>
        <source>Send your work and fetch new tasks now</source>
        <translation>Lähetä työsi ja hae uudet tehtävät nyt</translation>
    </message>
    <message>
        <source>Next try %1.</source>
        <translation>Seuraava yritys %1.</translation>
    </message>
    <message>
        <source>Files paused (%1 %)</source>
        <translation>Tiedostot tauolla (%1 %)</translation>
    </message>
    <message>
        <source>Files %1 %</source>
        <translation>Tiedostot %1 %</translation>
    </message>
</context>
<context>
    <name>TaskButton</name>
    <message numerus="yes">
        <source>%n new message(s) from your coach</source>
        <translation>
            <numerusform>%n uusi viesti valmentajalta</numerusform>
            <numerusform>%n uutta viestiä valmentajalta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskHtml</name>
    <message>
        <source>delivered to your coach</source>
        <translation>perillä valmentajalla</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>odottaa lähetystä</translation>
    </message>
    <message>
        <source>Version %1 sent %2</source>
        <translation>Versio %1 lähetetty %2</translation>
    </message>
    <message>
        <source>Approved by your coach</source>
        <translation>Valmentaja hyväksyi</translation>
    </message>
    <message>
        <source>Your coach asked for changes</source>
        <translation>Valmentaja pyysi muutoksia</translation>
    </message>
</context>
<context>
    <name>TaskPage</name>
    <message>
        <source>Your answer is too long to save. Make it shorter.</source>
        <translation>Vastauksesi on liian pitkä tallennettavaksi. Lyhennä sitä.</translation>
    </message>
    <message>
        <source>Saving on this computer did not work. Try again, or ask your coach for help.</source>
        <translation>Tallennus tälle koneelle ei onnistunut. Yritä uudelleen tai pyydä apua valmentajalta.</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>Lähetä arvioitavaksi</translation>
    </message>
    <message>
        <source>Send this task to your coach for review?</source>
        <translation>Lähetetäänkö tehtävä valmentajalle arvioitavaksi?</translation>
    </message>
    <message>
        <source>Your answer is empty. You can still send the task if you did the work at the workshop.</source>
        <translation>Vastauksesi on tyhjä. Voit silti lähettää tehtävän, jos teit työn pajalla.</translation>
    </message>
    <message>
        <source>Your coach will see your answer as it is now. You can still make changes and send the task again later.</source>
        <translation>Valmentaja näkee vastauksesi sellaisena kuin se on nyt. Voit myöhemmin vielä muuttaa sitä ja lähettää tehtävän uudelleen.</translation>
    </message>
    <message>
        <source>Yes, send</source>
        <translation>Kyllä, lähetä</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ei vielä</translation>
    </message>
    <message>
        <source>This task is no longer in your program</source>
        <translation>Tämä tehtävä ei ole enää ohjelmassasi</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>Noin %n minuutti</numerusform>
            <numerusform>Noin %n minuuttia</numerusform>
        </translation>
    </message>
    <message>
        <source>Your coach approved this task.</source>
        <translation>Valmentaja hyväksyi tämän tehtävän.</translation>
    </message>
    <message>
        <source>Your coach asked you to make changes.</source>
        <translation>Valmentaja pyysi sinua tekemään muutoksia.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Aloitettu</translation>
    </message>
    <message>
        <source>Mark as started</source>
        <translation>Merkitse aloitetuksi</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Lähetä uudelleen</translation>
    </message>
    <message>
        <source>This task is approved. You do not need to do anything more.</source>
        <translation>Tehtävä on hyväksytty. Sinun ei tarvitse tehdä enempää.</translation>
    </message>
    <message>
        <source>This answer has been sent. If you change it, you can send it again.</source>
        <translation>Tämä vastaus on lähetetty. Jos muutat sitä, voit lähettää sen uudelleen.</translation>
    </message>
    <message>
        <source>Change your answer as your coach asked, then send it again.</source>
        <translation>Muuta vastaustasi valmentajan pyytämällä tavalla ja lähetä se sitten uudelleen.</translation>
    </message>
    <message>
        <source>When your answer is ready, send it to your coach for review.</source>
        <translation>Kun vastauksesi on valmis, lähetä se valmentajalle arvioitavaksi.</translation>
    </message>
    <message>
        <source>Back to my tasks</source>
        <translation>Takaisin omiin tehtäviin</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Mitä teen</translation>
    </message>
    <message>
        <source>Skills this task trains</source>
        <translation>Taidot, joita tehtävä harjoittaa</translation>
    </message>
    <message>
        <source>&amp;Your answer</source>
        <translation>&amp;Vastauksesi</translation>
    </message>
    <message>
        <source>Write your answer here. It is saved on this computer automatically.</source>
        <translation>Kirjoita vastauksesi tähän. Se tallentuu tälle koneelle automaattisesti.</translation>
    </message>
    <message>
        <source>Sent versions</source>
        <translation>Lähetetyt versiot</translation>
    </message>
    <message>
        <source>Your coach has not written instructions for this task. Ask your coach what to do.</source>
        <translation>Valmentaja ei ole kirjoittanut tähän tehtävään ohjeita. Kysy valmentajalta, mitä pitää tehdä.</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Not started</source>
        <translation>Ei aloitettu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Kesken</translation>
    </message>
    <message>
        <source>Sent for review</source>
        <translation>Lähetetty arvioitavaksi</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>Korjattavaa</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Hyväksytty</translation>
    </message>
    <message>
        <source>You have not started this task yet.</source>
        <translation>Et ole vielä aloittanut tätä tehtävää.</translation>
    </message>
    <message>
        <source>You have started this task. Send it for review when it is ready.</source>
        <translation>Olet aloittanut tämän tehtävän. Lähetä se arvioitavaksi, kun se on valmis.</translation>
    </message>
    <message>
        <source>You have sent this task. Your coach will look at it.</source>
        <translation>Olet lähettänyt tämän tehtävän. Valmentaja katsoo sen.</translation>
    </message>
    <message>
        <source>Your coach asked you to change something. Read the feedback and send the task again.</source>
        <translation>Valmentaja pyysi sinua muuttamaan jotakin. Lue palaute ja lähetä tehtävä uudelleen.</translation>
    </message>
    <message>
        <source>Your coach has approved this task. Well done!</source>
        <translation>Valmentaja on hyväksynyt tämän tehtävän. Hienoa työtä!</translation>
    </message>
    <message>
        <source>The username or the password is wrong. Check them and try again.</source>
        <translation>Käyttäjätunnus tai salasana on väärin. Tarkista ne ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The first login on this laptop needs a network connection. Connect the laptop to the internet and try again.</source>
        <translation>Ensimmäinen kirjautuminen tällä koneella tarvitsee verkkoyhteyden. Yhdistä kone internetiin ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Your account is not in use. Ask your coach for help.</source>
        <translation>Tunnuksesi ei ole käytössä. Pyydä apua valmentajalta.</translation>
    </message>
    <message>
        <source>Too many tries. Wait a few minutes and try again.</source>
        <translation>Liian monta yritystä. Odota muutama minuutti ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Please update Pajapolku. This version cannot talk to the server. Ask your IT support for help.</source>
        <translation>Pajapolku pitää päivittää. Tämä versio ei toimi palvelimen kanssa. Pyydä apua IT-tuelta.</translation>
    </message>
    <message>
        <source>You need to choose a new password before you can continue.</source>
        <translation>Sinun pitää valita uusi salasana ennen kuin voit jatkaa.</translation>
    </message>
    <message>
        <source>Your login has expired. Log in again with your password.</source>
        <translation>Kirjautumisesi on vanhentunut. Kirjaudu uudelleen salasanallasi.</translation>
    </message>
    <message>
        <source>Logging in did not work. Try again later, or ask your coach for help.</source>
        <translation>Kirjautuminen ei onnistunut. Yritä myöhemmin uudelleen tai pyydä apua valmentajalta.</translation>
    </message>
    <message>
        <source>No connection to the server. Your work is safe on this computer.</source>
        <translation>Ei yhteyttä palvelimeen. Työsi on tallessa tällä koneella.</translation>
    </message>
    <message>
        <source>Log out and log in again to send your work.</source>
        <translation>Kirjaudu ulos ja uudelleen sisään, niin työsi lähtee.</translation>
    </message>
    <message>
        <source>Change your password to send your work.</source>
        <translation>Vaihda salasanasi, niin työsi lähtee.</translation>
    </message>
    <message>
        <source>Please update Pajapolku. Your work is safe on this computer.</source>
        <translation>Pajapolku pitää päivittää. Työsi on tallessa tällä koneella.</translation>
    </message>
    <message>
        <source>The server is busy. Pajapolku will try again soon.</source>
        <translation>Palvelin on kiireinen. Pajapolku yrittää pian uudelleen.</translation>
    </message>
    <message>
        <source>Sending did not work. Pajapolku will try again soon.</source>
        <translation>Lähetys ei onnistunut. Pajapolku yrittää pian uudelleen.</translation>
    </message>
    <message>
        <source>Your current password is wrong. Check it and try again.</source>
        <translation>Nykyinen salasanasi on väärin. Tarkista se ja yritä uudelleen.</translation>
    </message>
    <message numerus="yes">
        <source>The new password is not accepted. It must have at least %n characters.</source>
        <translation>
            <numerusform>Uutta salasanaa ei hyväksytty. Siinä pitää olla vähintään %n merkki.</numerusform>
            <numerusform>Uutta salasanaa ei hyväksytty. Siinä pitää olla vähintään %n merkkiä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the password needs a network connection. Connect the laptop to the internet and try again.</source>
        <translation>Salasanan vaihtamiseen tarvitaan verkkoyhteys. Yhdistä kone internetiin ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Changing the password did not work. Try again later, or ask your coach for help.</source>
        <translation>Salasanan vaihto ei onnistunut. Yritä myöhemmin uudelleen tai pyydä apua valmentajalta.</translation>
    </message>
    <message>
        <source>This task is no longer in your program.</source>
        <translation>Tämä tehtävä ei ole enää ohjelmassasi.</translation>
    </message>
    <message>
        <source>The same change was already saved in another way.</source>
        <translation>Sama muutos oli jo tallennettu toisella tavalla.</translation>
    </message>
    <message>
        <source>The server could not read the change.</source>
        <translation>Palvelin ei pystynyt lukemaan muutosta.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>Teksti on liian pitkä.</translation>
    </message>
    <message>
        <source>The server did not accept the change.</source>
        <translation>Palvelin ei hyväksynyt muutosta.</translation>
    </message>
    <message>
        <source>MMM d &apos;at&apos; h:mm AP</source>
        <extracomment>Date and time format (QDateTime format string); Finnish: d.M. &apos;klo&apos; H.mm</extracomment>
        <translation>d.M. &apos;klo&apos; H.mm</translation>
    </message>
    <message>
        <source>MMM d, yyyy &apos;at&apos; h:mm AP</source>
        <extracomment>Date and time format with the year; Finnish: d.M.yyyy &apos;klo&apos; H.mm</extracomment>
        <translation>d.M.yyyy &apos;klo&apos; H.mm</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <extracomment>Date format (QDate format string); Finnish: d.M.yyyy</extracomment>
        <translation>d.M.yyyy</translation>
    </message>
    <message>
        <source>Your answer to the task %1 was not saved on the server.</source>
        <translation>Vastaustasi tehtävään %1 ei tallennettu palvelimelle.</translation>
    </message>
    <message>
        <source>Your answer to a task was not saved on the server.</source>
        <translation>Vastaustasi erääseen tehtävään ei tallennettu palvelimelle.</translation>
    </message>
    <message>
        <source>Sending the task %1 for review did not go through.</source>
        <translation>Tehtävän %1 lähetys arvioitavaksi ei mennyt perille.</translation>
    </message>
    <message>
        <source>Sending a task for review did not go through.</source>
        <translation>Erään tehtävän lähetys arvioitavaksi ei mennyt perille.</translation>
    </message>
    <message>
        <source>Starting the task %1 was not saved on the server.</source>
        <translation>Tehtävän %1 aloitusmerkintää ei tallennettu palvelimelle.</translation>
    </message>
    <message>
        <source>Starting a task was not saved on the server.</source>
        <translation>Erään tehtävän aloitusmerkintää ei tallennettu palvelimelle.</translation>
    </message>
    <message>
        <source>A change to the task %1 was not saved on the server.</source>
        <translation>Muutosta tehtävään %1 ei tallennettu palvelimelle.</translation>
    </message>
    <message>
        <source>A change was not saved on the server.</source>
        <translation>Erästä muutosta ei tallennettu palvelimelle.</translation>
    </message>
    <message>
        <source>&apos;at&apos; h:mm AP</source>
        <extracomment>Time of day today (QTime format string); Finnish: &apos;klo&apos; H.mm</extracomment>
        <translation>&apos;klo&apos; H.mm</translation>
    </message>
</context>
<context>
    <name>UploadQueuePanel</name>
    <message>
        <source>%1 kB</source>
        <translation>%1 kt</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mt</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuutti</numerusform>
            <numerusform>%n minuuttia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n tunti</numerusform>
            <numerusform>%n tuntia</numerusform>
        </translation>
    </message>
    <message>
        <source>No files.</source>
        <translation>Ei tiedostoja.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Keskeytä</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Yritä uudelleen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Jatka</translation>
    </message>
    <message>
        <source>All files have been sent.</source>
        <translation>Kaikki tiedostot on lähetetty.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to send, %1 of %2.</source>
        <translation>
            <numerusform>%n tiedosto lähetettävänä, %1 / %2.</numerusform>
            <numerusform>%n tiedostoa lähetettävänä, %1 / %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Speed %1/s, about %2 left.</source>
        <translation>Nopeus %1/s, aikaa jäljellä noin %2.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Tauolla.</translation>
    </message>
    <message>
        <source>Waiting for a connection.</source>
        <translation>Odotetaan yhteyttä.</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Jatka kaikkia</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Keskeytä kaikki</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Edistyminen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Files to send</source>
        <translation>Lähetettävät tiedostot</translation>
    </message>
    <message>
        <source>Scale very large photos down before sending</source>
        <translation>Pienennä hyvin suuret kuvat ennen lähettämistä</translation>
    </message>
    <message>
        <source>Send large files (over %1 MB) only on unmetered networks</source>
        <translation>Lähetä suuret tiedostot (yli %1 Mt) vain rajoittamattomassa verkossa (esim. työpajan Wi-Fi)</translation>
    </message>
    <message>
        <source>This computer cannot tell whether the network is metered, so large files are sent on any network.</source>
        <translation>Tämä kone ei tunnista, onko verkko rajoitettu, joten suuret tiedostot lähetetään missä tahansa verkossa.</translation>
    </message>
    <message>
        <source>Speed %1/s, less than a minute left.</source>
        <translation>Nopeus %1/s, aikaa jäljellä alle minuutti.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Pajapolku: tasks and coaching for workshop trainees.</source>
        <translation>Pajapolku: tehtävät ja valmennus pajojen valmentautujille.</translation>
    </message>
    <message>
        <source>Address of the Pajapolku server, e.g. https://pajapolku.example.fi</source>
        <translation>Pajapolku-palvelimen osoite, esim. https://pajapolku.example.fi</translation>
    </message>
    <message>
        <source>url</source>
        <translation>osoite</translation>
    </message>
    <message>
        <source>Folder for the profiles kept on this computer.</source>
        <translation>Kansio, johon tämän koneen profiilit tallennetaan.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>kansio</translation>
    </message>
    <message>
        <source>Language of the user interface: fi, sv, en or se.</source>
        <translation>Käyttöliittymän kieli: fi, sv, en tai se.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>koodi</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Use fi, sv, en or se.
</source>
        <translation>Tuntematon kieli ”%1”. Käytä arvoa fi, sv, en tai se.
</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; is not valid.
</source>
        <translation>Palvelimen osoite ”%1” ei kelpaa.
</translation>
    </message>
    <message>
        <source>Cannot create the profile folder &quot;%1&quot;.
</source>
        <translation>Profiilikansiota ”%1” ei voi luoda.
</translation>
    </message>
</context>
</TS>
