<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Show the passwords</source>
        <translation>Show the passwords</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Choose a new password</translation>
    </message>
    <message>
        <source>Your coach has given you a temporary password. Choose your own password now.</source>
        <translation>Your coach has given you a temporary password. Choose your own password now.</translation>
    </message>
    <message numerus="yes">
        <source>The new password must have at least %n characters. A short sentence that is easy for you to remember is a good password.</source>
        <translation>
            <numerusform>The new password must have at least %n characters. A short sentence that is easy for you to remember is a good password.</numerusform>
            <numerusform>The new password must have at least %n characters. A short sentence that is easy for you to remember is a good password.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the password needs a network connection. This laptop seems to be offline right now.</source>
        <translation>Changing the password needs a network connection. This laptop seems to be offline right now.</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Current password</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <source>&amp;Type the new password again</source>
        <translation>&amp;Type the new password again</translation>
    </message>
    <message>
        <source>Type your current password first.</source>
        <translation>Type your current password first.</translation>
    </message>
    <message numerus="yes">
        <source>The new password is too short. It must have at least %n characters.</source>
        <translation>
            <numerusform>The new password is too short. It must have at least %n characters.</numerusform>
            <numerusform>The new password is too short. It must have at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Type them again.</source>
        <translation>The two new passwords are not the same. Type them again.</translation>
    </message>
    <message>
        <source>The new password must be different from the current one.</source>
        <translation>The new password must be different from the current one.</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Your password is now changed. Use the new password next time you log in.</source>
        <translation>Your password is now changed. Use the new password next time you log in.</translation>
    </message>
</context>
<context>
    <name>CoachPage</name>
    <message>
        <source>Review queue (%1)</source>
        <translation>Review queue (%1)</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Trainees</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>Hello, %1!</source>
        <translation>Hello, %1!</translation>
    </message>
    <message>
        <source>Review your trainees&apos; work and give feedback. Everything you do is saved on this computer and sent at the next sync, so you can work without a connection.</source>
        <translation>Review your trainees&apos; work and give feedback. Everything you do is saved on this computer and sent at the next sync, so you can work without a connection.</translation>
    </message>
    <message>
        <source>Quick phrases</source>
        <translation>Quick phrases</translation>
    </message>
    <message>
        <source>Edit your organisation&apos;s ready-made feedback sentences</source>
        <translation>Edit your organisation&apos;s ready-made feedback sentences</translation>
    </message>
</context>
<context>
    <name>CompetenceMapView</name>
    <message>
        <source>My competence</source>
        <translation>My competence</translation>
    </message>
    <message>
        <source>Competence: %1</source>
        <translation>Competence: %1</translation>
    </message>
    <message>
        <source>These are the skills your tasks train. When your coach sees that you can do a skill, it is marked demonstrated.</source>
        <translation>These are the skills your tasks train. When your coach sees that you can do a skill, it is marked demonstrated.</translation>
    </message>
    <message>
        <source>The skill requirements of the trainee&apos;s goal program. A requirement is demonstrated when a coach marked it demonstrated in some task.</source>
        <translation>The skill requirements of the trainee&apos;s goal program. A requirement is demonstrated when a coach marked it demonstrated in some task.</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %n skill(s) demonstrated</source>
        <translation>
            <numerusform>%1 / %n skill demonstrated</numerusform>
            <numerusform>%1 / %n skills demonstrated</numerusform>
        </translation>
    </message>
    <message>
        <source>No skills yet. When your tasks are linked to skill requirements of a qualification, they are shown here.</source>
        <translation>No skills yet. When your tasks are linked to skill requirements of a qualification, they are shown here.</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %n demonstrated</source>
        <translation>
            <numerusform>%1 / %n demonstrated</numerusform>
            <numerusform>%1 / %n demonstrated</numerusform>
        </translation>
    </message>
    <message>
        <source>Demonstrated</source>
        <translation>Demonstrated</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Attach files to the task</source>
        <translation>Attach files to the task</translation>
    </message>
    <message>
        <source>Pictures, videos and documents (*.jpg *.jpeg *.png *.gif *.webp *.heic *.mp4 *.mov *.webm *.mp3 *.m4a *.wav *.ogg *.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp *.doc *.xls *.ppt *.txt);;All files (*)</source>
        <translation>Pictures, videos and documents (*.jpg *.jpeg *.png *.gif *.webp *.heic *.mp4 *.mov *.webm *.mp3 *.m4a *.wav *.ogg *.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp *.doc *.xls *.ppt *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>this kind of file cannot be attached</source>
        <translation>this kind of file cannot be attached</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>the file cannot be read</translation>
    </message>
    <message>
        <source>it could not be saved on this computer</source>
        <translation>it could not be saved on this computer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>on the server</source>
        <translation>on the server</translation>
    </message>
    <message>
        <source>uploading %1 %</source>
        <translation>uploading %1 %</translation>
    </message>
    <message>
        <source>waiting (%1 % sent)</source>
        <translation>waiting (%1 % sent)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <source>Pictures and files</source>
        <translation>Pictures and files</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <source>Add a photo, video or document as evidence, or drag it here. It is kept on this computer and sent when there is a connection.</source>
        <translation>Add a photo, video or document as evidence, or drag it here. It is kept on this computer and sent when there is a connection.</translation>
    </message>
    <message>
        <source>the file is too large for the server</source>
        <translation>the file is too large for the server</translation>
    </message>
    <message>
        <source>the server does not accept this kind of file</source>
        <translation>the server does not accept this kind of file</translation>
    </message>
    <message>
        <source>the workshop&apos;s storage space is full; ask your coach</source>
        <translation>the workshop&apos;s storage space is full; ask your coach</translation>
    </message>
    <message>
        <source>the saved copy of the file is missing</source>
        <translation>the saved copy of the file is missing</translation>
    </message>
    <message>
        <source>the server refused the file</source>
        <translation>the server refused the file</translation>
    </message>
</context>
<context>
    <name>FeedbackThreadView</name>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Praised: %1</source>
        <translation>Praised: %1</translation>
    </message>
    <message>
        <source>Messages with your coach</source>
        <translation>Messages with your coach</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>No messages yet.</translation>
    </message>
    <message>
        <source>Write a reply to your coach…</source>
        <translation>Write a reply to your coach…</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Send reply</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Hello, %1!</source>
        <translation>Hello, %1!</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>My tasks</translation>
    </message>
    <message>
        <source>This window shows the tasks of a trainee. Your account is a coach account, so there are no tasks for you here.</source>
        <translation>This window shows the tasks of a trainee. Your account is a coach account, so there are no tasks for you here.</translation>
    </message>
    <message>
        <source>You have no tasks yet. Your coach adds tasks to your goal program. They appear here when this laptop is connected to the network.</source>
        <translation>You have no tasks yet. Your coach adds tasks to your goal program. They appear here when this laptop is connected to the network.</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %n sent</source>
        <translation>
            <numerusform>%1 / %n sent</numerusform>
            <numerusform>%1 / %n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 / %n task(s) sent for review</source>
        <translation>
            <numerusform>%1 / %n task sent for review</numerusform>
            <numerusform>%1 / %n tasks sent for review</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue: %1</source>
        <translation>Continue: %1</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Start: %1</translation>
    </message>
    <message>
        <source>Some of your changes were not accepted</source>
        <translation>Some of your changes were not accepted</translation>
    </message>
    <message>
        <source>Your work is still saved on this computer. Show this message to your coach.</source>
        <translation>Your work is still saved on this computer. Show this message to your coach.</translation>
    </message>
    <message>
        <source>Finish by %1</source>
        <translation>Finish by %1</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>About %n minute</numerusform>
            <numerusform>About %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved on this computer, waiting to be sent</source>
        <translation>Saved on this computer, waiting to be sent</translation>
    </message>
    <message numerus="yes">
        <source>You have %n new message(s) from your coach. The tasks with a red number have them.</source>
        <translation>
            <numerusform>You have %n new message from your coach. It is in the task with a red number.</numerusform>
            <numerusform>You have %n new messages from your coach. They are in the tasks with a red number.</numerusform>
        </translation>
    </message>
    <message>
        <source>My competence</source>
        <translation>My competence</translation>
    </message>
    <message>
        <source>The skills you have shown in your tasks</source>
        <translation>The skills you have shown in your tasks</translation>
    </message>
</context>
<context>
    <name>ImageViewerDialog</name>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The image cannot be shown.</source>
        <translation>The image cannot be shown.</translation>
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
        <translation>Type your username.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <source>The server address is not right. Ask your IT support for the right address.</source>
        <translation>The server address is not right. Ask your IT support for the right address.</translation>
    </message>
    <message>
        <source>Welcome! Your work is saved on this computer, even without a network.</source>
        <translation>Welcome! Your work is saved on this computer, even without a network.</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <source>Choose your name from the list.</source>
        <translation>Choose your name from the list.</translation>
    </message>
    <message>
        <source>Another user</source>
        <translation>Another user</translation>
    </message>
    <message>
        <source>Hello, %1!</source>
        <translation>Hello, %1!</translation>
    </message>
    <message>
        <source>Type your password and press Log in.</source>
        <translation>Type your password and press Log in.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Type the username and password you got from your coach.</source>
        <translation>Type the username and password you got from your coach.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Show password</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <source>Not you? Back to the list</source>
        <translation>Not you? Back to the list</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Advanced settings</translation>
    </message>
    <message>
        <source>&amp;Server address (for IT support)</source>
        <translation>&amp;Server address (for IT support)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your account: change password, language, log out</source>
        <translation>Your account: change password, language, log out</translation>
    </message>
    <message>
        <source>User menu for %1</source>
        <translation>User menu for %1</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Change language</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
</context>
<context>
    <name>PhraseBankDialog</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Save text</source>
        <translation>Save text</translation>
    </message>
    <message>
        <source>Quick phrases</source>
        <translation>Quick phrases</translation>
    </message>
    <message>
        <source>Your organisation&apos;s ready-made sentences for feedback. Changes are saved on this computer and sent at the next sync; the other coaches of your organisation get them too.</source>
        <translation>Your organisation&apos;s ready-made sentences for feedback. Changes are saved on this computer and sent at the next sync; the other coaches of your organisation get them too.</translation>
    </message>
    <message>
        <source>New phrase</source>
        <translation>New phrase</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Praise</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <source>Type of the new phrase</source>
        <translation>Type of the new phrase</translation>
    </message>
    <message>
        <source>For example: The result is neat and tidy.</source>
        <translation>For example: The result is neat and tidy.</translation>
    </message>
    <message>
        <source>Text of the new phrase</source>
        <translation>Text of the new phrase</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <source>Text of the selected phrase</source>
        <translation>Text of the selected phrase</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>archived, not offered in reviews</source>
        <translation>archived, not offered in reviews</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>waiting to be sent</translation>
    </message>
    <message>
        <source>not accepted: %1</source>
        <translation>not accepted: %1</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Bring back</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Choose a phrase from the list to edit it</source>
        <translation>Choose a phrase from the list to edit it</translation>
    </message>
    <message>
        <source>Write the phrase first.</source>
        <translation>Write the phrase first.</translation>
    </message>
    <message>
        <source>The phrase could not be saved.</source>
        <translation>The phrase could not be saved.</translation>
    </message>
    <message>
        <source>A phrase cannot be empty.</source>
        <translation>A phrase cannot be empty.</translation>
    </message>
    <message>
        <source>Selected phrase</source>
        <translation>Selected phrase</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>ProgressDonut</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; Finnish writes a space before the sign: &quot;%1 %&quot;</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>Progress chart</source>
        <translation>Progress chart</translation>
    </message>
    <message>
        <source>%1 of the tasks are sent for review or approved.</source>
        <translation>%1 of the tasks are sent for review or approved.</translation>
    </message>
</context>
<context>
    <name>RequirementMarksPanel</name>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>A colleague marked this differently at the same time: you marked &quot;%1&quot;, but %2&apos;s later mark is the one shown. Both are kept in the history.</source>
        <translation>A colleague marked this differently at the same time: you marked &quot;%1&quot;, but %2&apos;s later mark is the one shown. Both are kept in the history.</translation>
    </message>
    <message>
        <source>A colleague marked this differently at the same time: %1 marked &quot;%2&quot;. The later mark is the one shown. Both are kept in the history.</source>
        <translation>A colleague marked this differently at the same time: %1 marked &quot;%2&quot;. The later mark is the one shown. Both are kept in the history.</translation>
    </message>
</context>
<context>
    <name>ReviewEvidencePanel</name>
    <message>
        <source>Downloaded</source>
        <translation>Downloaded</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Downloading…</translation>
    </message>
    <message>
        <source>Waiting to download</source>
        <translation>Waiting to download</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>%1 is not on this laptop yet; click to download it when online.</source>
        <translation>%1 is not on this laptop yet; click to download it when online.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>No files attached.</source>
        <translation>No files attached.</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>Downloading %1 %</source>
        <translation>Downloading %1 %</translation>
    </message>
    <message>
        <source>Download failed; click to try again</source>
        <translation>Download failed; click to try again</translation>
    </message>
    <message>
        <source>Waiting for the network</source>
        <translation>Waiting for the network</translation>
    </message>
    <message>
        <source>Waiting for an unmetered network</source>
        <translation>Waiting for an unmetered network</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Trainee %1</source>
        <translation>Trainee %1</translation>
    </message>
    <message>
        <source>%1 · version %2 · sent %3</source>
        <translation>%1 · version %2 · sent %3</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Waiting for review</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>A colleague decided differently at the same time: %1 chose &quot;%2&quot;. The decision shown here was made later and is the one the trainee sees. Both are kept in the history.</source>
        <translation>A colleague decided differently at the same time: %1 chose &quot;%2&quot;. The decision shown here was made later and is the one the trainee sees. Both are kept in the history.</translation>
    </message>
    <message>
        <source>a coach</source>
        <translation>a coach</translation>
    </message>
    <message>
        <source>Saved on this computer. Sent to the trainee at the next sync.</source>
        <translation>Saved on this computer. Sent to the trainee at the next sync.</translation>
    </message>
    <message>
        <source>A colleague marked this differently at the same time.</source>
        <translation>A colleague marked this differently at the same time.</translation>
    </message>
    <message>
        <source>Praise: %1</source>
        <translation>Praise: %1</translation>
    </message>
    <message>
        <source>Well done: %1.</source>
        <translation>Well done: %1.</translation>
    </message>
    <message>
        <source>Great work!</source>
        <translation>Great work!</translation>
    </message>
    <message>
        <source>You worked carefully and safely.</source>
        <translation>You worked carefully and safely.</translation>
    </message>
    <message>
        <source>Your description is clear and thorough.</source>
        <translation>Your description is clear and thorough.</translation>
    </message>
    <message>
        <source>Tell more about how you did it.</source>
        <translation>Tell more about how you did it.</translation>
    </message>
    <message>
        <source>Add a photo of the result.</source>
        <translation>Add a photo of the result.</translation>
    </message>
    <message>
        <source>Check the safety instructions once more.</source>
        <translation>Check the safety instructions once more.</translation>
    </message>
    <message>
        <source>Write what the trainee should do next.</source>
        <translation>Write what the trainee should do next.</translation>
    </message>
    <message>
        <source>Could not save on this computer: %1</source>
        <translation>Could not save on this computer: %1</translation>
    </message>
    <message>
        <source>Back to the review queue</source>
        <translation>Back to the review queue</translation>
    </message>
    <message>
        <source>The trainee&apos;s answer</source>
        <translation>The trainee&apos;s answer</translation>
    </message>
    <message>
        <source>Task instructions</source>
        <translation>Task instructions</translation>
    </message>
    <message>
        <source>Skill requirements</source>
        <translation>Skill requirements</translation>
    </message>
    <message>
        <source>Tick the requirements the trainee demonstrated in this task. No grades: demonstrated or not yet.</source>
        <translation>Tick the requirements the trainee demonstrated in this task. No grades: demonstrated or not yet.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Praise something specific:</source>
        <translation>Praise something specific:</translation>
    </message>
    <message>
        <source>Quick phrases:</source>
        <translation>Quick phrases:</translation>
    </message>
    <message>
        <source>Write feedback to the trainee…</source>
        <translation>Write feedback to the trainee…</translation>
    </message>
    <message>
        <source>What should be done next (for a revision)</source>
        <translation>What should be done next (for a revision)</translation>
    </message>
    <message>
        <source>For example: add a photo of the dried floor.</source>
        <translation>For example: add a photo of the dried floor.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Ask for revision</source>
        <translation>Ask for revision</translation>
    </message>
    <message>
        <source>Send feedback only</source>
        <translation>Send feedback only</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Demonstrated</source>
        <translation>Demonstrated</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>A colleague decided differently at the same time: you chose &quot;%1&quot;, but %2&apos;s later decision is the one shown here and seen by the trainee. Both are kept in the history. Decide again if you disagree.</source>
        <translation>A colleague decided differently at the same time: you chose &quot;%1&quot;, but %2&apos;s later decision is the one shown here and seen by the trainee. Both are kept in the history. Decide again if you disagree.</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <source>Trainee %1</source>
        <translation>Trainee %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>First version</source>
        <translation>First version</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) waiting, oldest first</source>
        <translation>
            <numerusform>%n submission waiting, oldest first</numerusform>
            <numerusform>%n submissions waiting, oldest first</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Waiting for review</translation>
    </message>
    <message>
        <source>Nothing is waiting for review. New submissions appear here after the next sync.</source>
        <translation>Nothing is waiting for review. New submissions appear here after the next sync.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>No files</source>
        <translation>No files</translation>
    </message>
    <message>
        <source>%1/%2 on this laptop</source>
        <translation>%1/%2 on this laptop</translation>
    </message>
    <message>
        <source>Everything waiting for review is on this laptop. You can review offline.</source>
        <translation>Everything waiting for review is on this laptop. You can review offline.</translation>
    </message>
    <message numerus="yes">
        <source>Still downloading %n file(s) (%1) for offline review. Keep the laptop online.</source>
        <translation>
            <numerusform>Still downloading %n file (%1) for offline review. Keep the laptop online.</numerusform>
            <numerusform>Still downloading %n files (%1) for offline review. Keep the laptop online.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are not on this laptop yet; they download when the connection returns.</source>
        <translation>
            <numerusform>%n file is not on this laptop yet; it downloads when the connection returns.</numerusform>
            <numerusform>%n files are not on this laptop yet; they download when the connection returns.</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>Trainee %1</source>
        <translation>Trainee %1</translation>
    </message>
    <message>
        <source>%1 / %2 approved</source>
        <translation>%1 / %2 approved</translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation>No activity yet</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>No trainees yet. Trainees appear here after the next sync once an administrator has assigned them tasks.</source>
        <translation>No trainees yet. Trainees appear here after the next sync once an administrator has assigned them tasks.</translation>
    </message>
    <message>
        <source>Nobody matches the search.</source>
        <translation>Nobody matches the search.</translation>
    </message>
    <message>
        <source>My trainees</source>
        <translation>My trainees</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Work waiting for review</source>
        <translation>Work waiting for review</translation>
    </message>
    <message>
        <source>Asked to revise</source>
        <translation>Asked to revise</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>Goal program: %1</source>
        <translation>Goal program: %1</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Show competence</source>
        <translation>Show competence</translation>
    </message>
    <message>
        <source>The chosen trainee&apos;s demonstrated skills</source>
        <translation>The chosen trainee&apos;s demonstrated skills</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>When the trainee&apos;s laptop last synced with the server (to within 15 minutes). Work done on it after that has not reached you yet.</source>
        <translation>When the trainee&apos;s laptop last synced with the server (to within 15 minutes). Work done on it after that has not reached you yet.</translation>
    </message>
    <message>
        <source>Last sync</source>
        <extracomment>Column: when the trainee&apos;s laptop last synced with the server</extracomment>
        <translation>Last sync</translation>
    </message>
    <message>
        <source>Approved %1, waiting for review %2, to be revised %3, of %4 tasks</source>
        <translation>Approved %1, waiting for review %2, to be revised %3, of %4 tasks</translation>
    </message>
</context>
<context>
    <name>SaveStateLine</name>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved on this computer</source>
        <translation>Saved on this computer</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation>All changes sent</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synced %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not accepted: see your home page.</source>
        <translation>
            <numerusform>%n change not accepted: see your home page.</numerusform>
            <numerusform>%n changes not accepted: see your home page.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Send your work and fetch new tasks now</source>
        <translation>Send your work and fetch new tasks now</translation>
    </message>
    <message>
        <source>Next try %1.</source>
        <translation>Next try %1.</translation>
    </message>
    <message>
        <source>Files paused (%1 %)</source>
        <translation>Files paused (%1 %)</translation>
    </message>
    <message>
        <source>Files %1 %</source>
        <translation>Files %1 %</translation>
    </message>
</context>
<context>
    <name>TaskButton</name>
    <message numerus="yes">
        <source>%n new message(s) from your coach</source>
        <translation>
            <numerusform>%n new message from your coach</numerusform>
            <numerusform>%n new messages from your coach</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskHtml</name>
    <message>
        <source>delivered to your coach</source>
        <translation>delivered to your coach</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>waiting to be sent</translation>
    </message>
    <message>
        <source>Version %1 sent %2</source>
        <translation>Version %1 sent %2</translation>
    </message>
    <message>
        <source>Approved by your coach</source>
        <translation>Approved by your coach</translation>
    </message>
    <message>
        <source>Your coach asked for changes</source>
        <translation>Your coach asked for changes</translation>
    </message>
</context>
<context>
    <name>TaskPage</name>
    <message>
        <source>Your answer is too long to save. Make it shorter.</source>
        <translation>Your answer is too long to save. Make it shorter.</translation>
    </message>
    <message>
        <source>Saving on this computer did not work. Try again, or ask your coach for help.</source>
        <translation>Saving on this computer did not work. Try again, or ask your coach for help.</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>Send for review</translation>
    </message>
    <message>
        <source>Send this task to your coach for review?</source>
        <translation>Send this task to your coach for review?</translation>
    </message>
    <message>
        <source>Your answer is empty. You can still send the task if you did the work at the workshop.</source>
        <translation>Your answer is empty. You can still send the task if you did the work at the workshop.</translation>
    </message>
    <message>
        <source>Your coach will see your answer as it is now. You can still make changes and send the task again later.</source>
        <translation>Your coach will see your answer as it is now. You can still make changes and send the task again later.</translation>
    </message>
    <message>
        <source>Yes, send</source>
        <translation>Yes, send</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>This task is no longer in your program</source>
        <translation>This task is no longer in your program</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>About %n minute</numerusform>
            <numerusform>About %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Your coach approved this task.</source>
        <translation>Your coach approved this task.</translation>
    </message>
    <message>
        <source>Your coach asked you to make changes.</source>
        <translation>Your coach asked you to make changes.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Mark as started</source>
        <translation>Mark as started</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>This task is approved. You do not need to do anything more.</source>
        <translation>This task is approved. You do not need to do anything more.</translation>
    </message>
    <message>
        <source>This answer has been sent. If you change it, you can send it again.</source>
        <translation>This answer has been sent. If you change it, you can send it again.</translation>
    </message>
    <message>
        <source>Change your answer as your coach asked, then send it again.</source>
        <translation>Change your answer as your coach asked, then send it again.</translation>
    </message>
    <message>
        <source>When your answer is ready, send it to your coach for review.</source>
        <translation>When your answer is ready, send it to your coach for review.</translation>
    </message>
    <message>
        <source>Back to my tasks</source>
        <translation>Back to my tasks</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Skills this task trains</source>
        <translation>Skills this task trains</translation>
    </message>
    <message>
        <source>&amp;Your answer</source>
        <translation>&amp;Your answer</translation>
    </message>
    <message>
        <source>Write your answer here. It is saved on this computer automatically.</source>
        <translation>Write your answer here. It is saved on this computer automatically.</translation>
    </message>
    <message>
        <source>Sent versions</source>
        <translation>Sent versions</translation>
    </message>
    <message>
        <source>Your coach has not written instructions for this task. Ask your coach what to do.</source>
        <translation>Your coach has not written instructions for this task. Ask your coach what to do.</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Sent for review</source>
        <translation>Sent for review</translation>
    </message>
    <message>
        <source>Needs changes</source>
        <translation>Needs changes</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>You have not started this task yet.</source>
        <translation>You have not started this task yet.</translation>
    </message>
    <message>
        <source>You have started this task. Send it for review when it is ready.</source>
        <translation>You have started this task. Send it for review when it is ready.</translation>
    </message>
    <message>
        <source>You have sent this task. Your coach will look at it.</source>
        <translation>You have sent this task. Your coach will look at it.</translation>
    </message>
    <message>
        <source>Your coach asked you to change something. Read the feedback and send the task again.</source>
        <translation>Your coach asked you to change something. Read the feedback and send the task again.</translation>
    </message>
    <message>
        <source>Your coach has approved this task. Well done!</source>
        <translation>Your coach has approved this task. Well done!</translation>
    </message>
    <message>
        <source>The username or the password is wrong. Check them and try again.</source>
        <translation>The username or the password is wrong. Check them and try again.</translation>
    </message>
    <message>
        <source>The first login on this laptop needs a network connection. Connect the laptop to the internet and try again.</source>
        <translation>The first login on this laptop needs a network connection. Connect the laptop to the internet and try again.</translation>
    </message>
    <message>
        <source>Your account is not in use. Ask your coach for help.</source>
        <translation>Your account is not in use. Ask your coach for help.</translation>
    </message>
    <message>
        <source>Too many tries. Wait a few minutes and try again.</source>
        <translation>Too many tries. Wait a few minutes and try again.</translation>
    </message>
    <message>
        <source>Please update Pajapolku. This version cannot talk to the server. Ask your IT support for help.</source>
        <translation>Please update Pajapolku. This version cannot talk to the server. Ask your IT support for help.</translation>
    </message>
    <message>
        <source>You need to choose a new password before you can continue.</source>
        <translation>You need to choose a new password before you can continue.</translation>
    </message>
    <message>
        <source>Your login has expired. Log in again with your password.</source>
        <translation>Your login has expired. Log in again with your password.</translation>
    </message>
    <message>
        <source>Logging in did not work. Try again later, or ask your coach for help.</source>
        <translation>Logging in did not work. Try again later, or ask your coach for help.</translation>
    </message>
    <message>
        <source>No connection to the server. Your work is safe on this computer.</source>
        <translation>No connection to the server. Your work is safe on this computer.</translation>
    </message>
    <message>
        <source>Log out and log in again to send your work.</source>
        <translation>Log out and log in again to send your work.</translation>
    </message>
    <message>
        <source>Change your password to send your work.</source>
        <translation>Change your password to send your work.</translation>
    </message>
    <message>
        <source>Please update Pajapolku. Your work is safe on this computer.</source>
        <translation>Please update Pajapolku. Your work is safe on this computer.</translation>
    </message>
    <message>
        <source>The server is busy. Pajapolku will try again soon.</source>
        <translation>The server is busy. Pajapolku will try again soon.</translation>
    </message>
    <message>
        <source>Sending did not work. Pajapolku will try again soon.</source>
        <translation>Sending did not work. Pajapolku will try again soon.</translation>
    </message>
    <message>
        <source>Your current password is wrong. Check it and try again.</source>
        <translation>Your current password is wrong. Check it and try again.</translation>
    </message>
    <message numerus="yes">
        <source>The new password is not accepted. It must have at least %n characters.</source>
        <translation>
            <numerusform>The new password is not accepted. It must have at least %n characters.</numerusform>
            <numerusform>The new password is not accepted. It must have at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the password needs a network connection. Connect the laptop to the internet and try again.</source>
        <translation>Changing the password needs a network connection. Connect the laptop to the internet and try again.</translation>
    </message>
    <message>
        <source>Changing the password did not work. Try again later, or ask your coach for help.</source>
        <translation>Changing the password did not work. Try again later, or ask your coach for help.</translation>
    </message>
    <message>
        <source>This task is no longer in your program.</source>
        <translation>This task is no longer in your program.</translation>
    </message>
    <message>
        <source>The same change was already saved in another way.</source>
        <translation>The same change was already saved in another way.</translation>
    </message>
    <message>
        <source>The server could not read the change.</source>
        <translation>The server could not read the change.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>The text is too long.</translation>
    </message>
    <message>
        <source>The server did not accept the change.</source>
        <translation>The server did not accept the change.</translation>
    </message>
    <message>
        <source>MMM d &apos;at&apos; h:mm AP</source>
        <extracomment>Date and time format (QDateTime format string); Finnish: d.M. &apos;klo&apos; H.mm</extracomment>
        <translation>MMM d &apos;at&apos; h:mm AP</translation>
    </message>
    <message>
        <source>MMM d, yyyy &apos;at&apos; h:mm AP</source>
        <extracomment>Date and time format with the year; Finnish: d.M.yyyy &apos;klo&apos; H.mm</extracomment>
        <translation>MMM d, yyyy &apos;at&apos; h:mm AP</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <extracomment>Date format (QDate format string); Finnish: d.M.yyyy</extracomment>
        <translation>MMM d, yyyy</translation>
    </message>
    <message>
        <source>Your answer to the task %1 was not saved on the server.</source>
        <translation>Your answer to the task %1 was not saved on the server.</translation>
    </message>
    <message>
        <source>Your answer to a task was not saved on the server.</source>
        <translation>Your answer to a task was not saved on the server.</translation>
    </message>
    <message>
        <source>Sending the task %1 for review did not go through.</source>
        <translation>Sending the task %1 for review did not go through.</translation>
    </message>
    <message>
        <source>Sending a task for review did not go through.</source>
        <translation>Sending a task for review did not go through.</translation>
    </message>
    <message>
        <source>Starting the task %1 was not saved on the server.</source>
        <translation>Starting the task %1 was not saved on the server.</translation>
    </message>
    <message>
        <source>Starting a task was not saved on the server.</source>
        <translation>Starting a task was not saved on the server.</translation>
    </message>
    <message>
        <source>A change to the task %1 was not saved on the server.</source>
        <translation>A change to the task %1 was not saved on the server.</translation>
    </message>
    <message>
        <source>A change was not saved on the server.</source>
        <translation>A change was not saved on the server.</translation>
    </message>
    <message>
        <source>&apos;at&apos; h:mm AP</source>
        <extracomment>Time of day today (QTime format string); Finnish: &apos;klo&apos; H.mm</extracomment>
        <translation>&apos;at&apos; h:mm AP</translation>
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
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>No files.</source>
        <translation>No files.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>All files have been sent.</source>
        <translation>All files have been sent.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to send, %1 of %2.</source>
        <translation>
            <numerusform>%n file to send, %1 of %2.</numerusform>
            <numerusform>%n files to send, %1 of %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Speed %1/s, about %2 left.</source>
        <translation>Speed %1/s, about %2 left.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Paused.</translation>
    </message>
    <message>
        <source>Waiting for a connection.</source>
        <translation>Waiting for a connection.</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Resume all</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Pause all</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Files to send</source>
        <translation>Files to send</translation>
    </message>
    <message>
        <source>Scale very large photos down before sending</source>
        <translation>Scale very large photos down before sending</translation>
    </message>
    <message>
        <source>Send large files (over %1 MB) only on unmetered networks</source>
        <translation>Send large files (over %1 MB) only on unmetered networks</translation>
    </message>
    <message>
        <source>This computer cannot tell whether the network is metered, so large files are sent on any network.</source>
        <translation>This computer cannot tell whether the network is metered, so large files are sent on any network.</translation>
    </message>
    <message>
        <source>Speed %1/s, less than a minute left.</source>
        <translation>Speed %1/s, less than a minute left.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Pajapolku: tasks and coaching for workshop trainees.</source>
        <translation>Pajapolku: tasks and coaching for workshop trainees.</translation>
    </message>
    <message>
        <source>Address of the Pajapolku server, e.g. https://pajapolku.example.fi</source>
        <translation>Address of the Pajapolku server, e.g. https://pajapolku.example.fi</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Folder for the profiles kept on this computer.</source>
        <translation>Folder for the profiles kept on this computer.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Language of the user interface: fi, sv, en or se.</source>
        <translation>Language of the user interface: fi, sv, en or se.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Use fi, sv, en or se.
</source>
        <translation>Unknown language &quot;%1&quot;. Use fi, sv, en or se.
</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; is not valid.
</source>
        <translation>The server address &quot;%1&quot; is not valid.
</translation>
    </message>
    <message>
        <source>Cannot create the profile folder &quot;%1&quot;.
</source>
        <translation>Cannot create the profile folder &quot;%1&quot;.
</translation>
    </message>
</context>
</TS>
