<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="se_FI">
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Show the passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Rievdat beassansáni</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Čálit olggos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Gaskkalduhte</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your coach has given you a temporary password. Choose your own password now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The new password must have at least %n characters. A short sentence that is easy for you to remember is a good password.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the password needs a network connection. This laptop seems to be offline right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type the new password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The new password is too short. It must have at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must be different from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is now changed. Use the new password next time you log in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoachPage</name>
    <message>
        <source>Review queue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, %1!</source>
        <translation type="unfinished">Bures, %1!</translation>
    </message>
    <message>
        <source>Review your trainees&apos; work and give feedback. Everything you do is saved on this computer and sent at the next sync, so you can work without a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit your organisation&apos;s ready-made feedback sentences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompetenceMapView</name>
    <message>
        <source>My competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the skills your tasks train. When your coach sees that you can do a skill, it is marked demonstrated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The skill requirements of the trainee&apos;s goal program. A requirement is demonstrated when a coach marked it demonstrated in some task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 / %n skill(s) demonstrated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No skills yet. When your tasks are linked to skill requirements of a qualification, they are shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 / %n demonstrated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Demonstrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished">Ii vel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Attach files to the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures, videos and documents (*.jpg *.jpeg *.png *.gif *.webp *.heic *.mp4 *.mov *.webm *.mp3 *.m4a *.wav *.ogg *.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp *.doc *.xls *.ppt *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this kind of file cannot be attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be saved on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploading %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting (%1 % sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a photo, video or document as evidence, or drag it here. It is kept on this computer and sent when there is a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not accept this kind of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workshop&apos;s storage space is full; ask your coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved copy of the file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackThreadView</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages with your coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply to your coach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Hello, %1!</source>
        <translation>Bures, %1!</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window shows the tasks of a trainee. Your account is a coach account, so there are no tasks for you here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no tasks yet. Your coach adds tasks to your goal program. They appear here when this laptop is connected to the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 / %n sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 / %n task(s) sent for review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Continue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of your changes were not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work is still saved on this computer. Show this message to your coach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved on this computer, waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You have %n new message(s) from your coach. The tasks with a red number have them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>My competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The skills you have shown in your tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageViewerDialog</name>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Type your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address is not right. Ask your IT support for the right address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome! Your work is saved on this computer, even without a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Gii don leat?</translation>
    </message>
    <message>
        <source>Choose your name from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another user</source>
        <translation>Eará geavaheaddji</translation>
    </message>
    <message>
        <source>Hello, %1!</source>
        <translation>Bures, %1!</translation>
    </message>
    <message>
        <source>Type your password and press Log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Čálit sisa</translation>
    </message>
    <message>
        <source>Type the username and password you got from your coach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Geavaheaddjinamma</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Beassansátni</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Čájet beassansáni</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not you? Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server address (for IT support)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Giella:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your account: change password, language, log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User menu for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Rievdat beassansáni…</translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Rievdat giela</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Čálit olggos</translation>
    </message>
</context>
<context>
    <name>PhraseBankDialog</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s ready-made sentences for feedback. Changes are saved on this computer and sent at the next sync; the other coaches of your organisation get them too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of the new phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: The result is neat and tidy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the new phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the selected phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived, not offered in reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a phrase from the list to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the phrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phrase could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phrase cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the tasks are sent for review or approved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequirementMarksPanel</name>
    <message>
        <source>Not yet</source>
        <translation type="unfinished">Ii vel</translation>
    </message>
    <message>
        <source>A colleague marked this differently at the same time: you marked &quot;%1&quot;, but %2&apos;s later mark is the one shown. Both are kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague marked this differently at the same time: %1 marked &quot;%2&quot;. The later mark is the one shown. Both are kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewEvidencePanel</name>
    <message>
        <source>Downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on this laptop yet; click to download it when online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download failed; click to try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for an unmetered network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Trainee %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · version %2 · sent %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague decided differently at the same time: %1 chose &quot;%2&quot;. The decision shown here was made later and is the one the trainee sees. Both are kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer. Sent to the trainee at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague marked this differently at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praise: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Great work!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You worked carefully and safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your description is clear and thorough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell more about how you did it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a photo of the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the safety instructions once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the trainee should do next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainee&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the requirements the trainee demonstrated in this task. No grades: demonstrated or not yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praise something specific:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick phrases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write feedback to the trainee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should be done next (for a revision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: add a photo of the dried floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send feedback only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague decided differently at the same time: you chose &quot;%1&quot;, but %2&apos;s later decision is the one shown here and seen by the trainee. Both are kept in the history. Decide again if you disagree.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <source>Trainee %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First version</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) waiting, oldest first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting for review. New submissions appear here after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything waiting for review is on this laptop. You can review offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Still downloading %n file(s) (%1) for offline review. Keep the laptop online.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are not on this laptop yet; they download when the connection returns.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>Trainee %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trainees yet. Trainees appear here after the next sync once an administrator has assigned them tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked to revise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal program: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen trainee&apos;s demonstrated skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the trainee&apos;s laptop last synced with the server (to within 15 minutes). Work done on it after that has not reached you yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <extracomment>Column: when the trainee&apos;s laptop last synced with the server</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved %1, waiting for review %2, to be revised %3, of %4 tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveStateLine</name>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not accepted: see your home page.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your work and fetch new tasks now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files paused (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files %1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskButton</name>
    <message numerus="yes">
        <source>%n new message(s) from your coach</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskHtml</name>
    <message>
        <source>delivered to your coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 sent %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by your coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your coach asked for changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskPage</name>
    <message>
        <source>Your answer is too long to save. Make it shorter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving on this computer did not work. Try again, or ask your coach for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this task to your coach for review?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer is empty. You can still send the task if you did the work at the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your coach will see your answer as it is now. You can still make changes and send the task again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, send</source>
        <translation>Juo, sádde</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ii vel</translation>
    </message>
    <message>
        <source>This task is no longer in your program</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your coach approved this task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your coach asked you to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task is approved. You do not need to do anything more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer has been sent. If you change it, you can send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your answer as your coach asked, then send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When your answer is ready, send it to your coach for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to my tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills this task trains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your answer here. It is saved on this computer automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your coach has not written instructions for this task. Ask your coach what to do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Dohkkehuvvon</translation>
    </message>
    <message>
        <source>You have not started this task yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have started this task. Send it for review when it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have sent this task. Your coach will look at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your coach asked you to change something. Read the feedback and send the task again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your coach has approved this task. Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username or the password is wrong. Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first login on this laptop needs a network connection. Connect the laptop to the internet and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is not in use. Ask your coach for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many tries. Wait a few minutes and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please update Pajapolku. This version cannot talk to the server. Ask your IT support for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need to choose a new password before you can continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login has expired. Log in again with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in did not work. Try again later, or ask your coach for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to the server. Your work is safe on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out and log in again to send your work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your password to send your work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please update Pajapolku. Your work is safe on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy. Pajapolku will try again soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending did not work. Pajapolku will try again soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your current password is wrong. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The new password is not accepted. It must have at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the password needs a network connection. Connect the laptop to the internet and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the password did not work. Try again later, or ask your coach for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task is no longer in your program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same change was already saved in another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not read the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM d &apos;at&apos; h:mm AP</source>
        <extracomment>Date and time format (QDateTime format string); Finnish: d.M. &apos;klo&apos; H.mm</extracomment>
        <translation>d.M. &apos;dii.&apos; H.mm</translation>
    </message>
    <message>
        <source>MMM d, yyyy &apos;at&apos; h:mm AP</source>
        <extracomment>Date and time format with the year; Finnish: d.M.yyyy &apos;klo&apos; H.mm</extracomment>
        <translation>d.M.yyyy &apos;dii.&apos; H.mm</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <extracomment>Date format (QDate format string); Finnish: d.M.yyyy</extracomment>
        <translation>d.M.yyyy</translation>
    </message>
    <message>
        <source>Your answer to the task %1 was not saved on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer to a task was not saved on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the task %1 for review did not go through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a task for review did not go through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the task %1 was not saved on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a task was not saved on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change to the task %1 was not saved on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change was not saved on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;at&apos; h:mm AP</source>
        <extracomment>Time of day today (QTime format string); Finnish: &apos;klo&apos; H.mm</extracomment>
        <translation>&apos;dii.&apos; H.mm</translation>
    </message>
</context>
<context>
    <name>UploadQueuePanel</name>
    <message>
        <source>%1 kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files have been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to send, %1 of %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Speed %1/s, about %2 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale very large photos down before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send large files (over %1 MB) only on unmetered networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer cannot tell whether the network is metered, so large files are sent on any network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed %1/s, less than a minute left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Pajapolku: tasks and coaching for workshop trainees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the Pajapolku server, e.g. https://pajapolku.example.fi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the profiles kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the user interface: fi, sv, en or se.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Use fi, sv, en or se.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; is not valid.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the profile folder &quot;%1&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
