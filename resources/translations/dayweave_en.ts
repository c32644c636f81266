<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <source>Dayweave is already running; it has been brought forward.</source>
        <translation>Dayweave is already running; it has been brought forward.</translation>
    </message>
    <message>
        <source>Dayweave cannot open its data: %1</source>
        <translation>Dayweave cannot open its data: %1</translation>
    </message>
</context>
<context>
    <name>CliTime</name>
    <message>
        <source>%1 on %2 comes twice in %3: took the first; for the second, give %4</source>
        <translation>%1 on %2 comes twice in %3: took the first; for the second, give %4</translation>
    </message>
</context>
<context>
    <name>CommandServer</name>
    <message>
        <source>Dayweave could not open its socket (%1): the command line writes on its own.</source>
        <translation>Dayweave could not open its socket (%1): the command line writes on its own.</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Edit entry</source>
        <translation>Edit entry</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Still running</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <source>&amp;Cause:</source>
        <translation>&amp;Cause:</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;With:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>The end is before the start.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The title</source>
        <translation>The title</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>The note</translation>
    </message>
    <message>
        <source>A tag</source>
        <translation>A tag</translation>
    </message>
    <message>
        <source>The cause</source>
        <translation>The cause</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>The name</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>The team</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>The notes</translation>
    </message>
    <message>
        <source>The next action</source>
        <translation>The next action</translation>
    </message>
    <message>
        <source>An e-mail address</source>
        <translation>An e-mail address</translation>
    </message>
    <message>
        <source>Your own team</source>
        <translation>Your own team</translation>
    </message>
    <message>
        <source>The first hour for nudges</source>
        <translation>The first hour for nudges</translation>
    </message>
    <message>
        <source>The last hour for nudges</source>
        <translation>The last hour for nudges</translation>
    </message>
    <message>
        <source>Days between contacts</source>
        <translation>Days between contacts</translation>
    </message>
    <message>
        <source>The number of nudges a day</source>
        <translation>The number of nudges a day</translation>
    </message>
    <message>
        <source>Days between live meetings</source>
        <translation>Days between live meetings</translation>
    </message>
    <message>
        <source>The first day of the week</source>
        <translation>The first day of the week</translation>
    </message>
    <message>
        <source>Time lost</source>
        <translation>Time lost</translation>
    </message>
    <message>
        <source>%field must be text.</source>
        <translation>%field must be text.</translation>
    </message>
    <message>
        <source>%field is longer than %limit characters.</source>
        <translation>%field is longer than %limit characters.</translation>
    </message>
    <message>
        <source>%field contains a character that cannot be stored.</source>
        <translation>%field contains a character that cannot be stored.</translation>
    </message>
    <message>
        <source>&apos;%zone&apos; is not a known time zone.</source>
        <translation>&apos;%zone&apos; is not a known time zone.</translation>
    </message>
    <message>
        <source>&apos;%kind&apos; is not a kind of entry.</source>
        <translation>&apos;%kind&apos; is not a kind of entry.</translation>
    </message>
    <message>
        <source>That is not a time.</source>
        <translation>That is not a time.</translation>
    </message>
    <message>
        <source>A moment has no end.</source>
        <translation>A moment has no end.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>The end is before the start.</translation>
    </message>
    <message>
        <source>The tag &apos;%tag&apos; must be one word.</source>
        <translation>The tag &apos;%tag&apos; must be one word.</translation>
    </message>
    <message>
        <source>Someone in this entry is not a known person.</source>
        <translation>Someone in this entry is not a known person.</translation>
    </message>
    <message>
        <source>Only a disruption has a cause.</source>
        <translation>Only a disruption has a cause.</translation>
    </message>
    <message>
        <source>%field is empty.</source>
        <translation>%field is empty.</translation>
    </message>
    <message>
        <source>Only a disruption has time lost.</source>
        <translation>Only a disruption has time lost.</translation>
    </message>
    <message>
        <source>Time lost must be whole minutes, at most a day.</source>
        <translation>Time lost must be whole minutes, at most a day.</translation>
    </message>
    <message>
        <source>&apos;%circle&apos; is not a circle.</source>
        <translation>&apos;%circle&apos; is not a circle.</translation>
    </message>
    <message>
        <source>At most 20 e-mail addresses.</source>
        <translation>At most 20 e-mail addresses.</translation>
    </message>
    <message>
        <source>&apos;%email&apos; is not an e-mail address.</source>
        <translation>&apos;%email&apos; is not an e-mail address.</translation>
    </message>
    <message>
        <source>%field must be a whole number from %low to %high.</source>
        <translation>%field must be a whole number from %low to %high.</translation>
    </message>
    <message>
        <source>Nudges must end after they start.</source>
        <translation>Nudges must end after they start.</translation>
    </message>
    <message>
        <source>Choose at least one day for nudges.</source>
        <translation>Choose at least one day for nudges.</translation>
    </message>
    <message>
        <source>Dayweave does not speak that language.</source>
        <translation>Dayweave does not speak that language.</translation>
    </message>
    <message>
        <source>%kind has run only since %since.</source>
        <translation>%kind has run only since %since.</translation>
    </message>
    <message>
        <source>That is %hours hours: give the day it ended too, if you mean it.</source>
        <translation>That is %hours hours: give the day it ended too, if you mean it.</translation>
    </message>
    <message>
        <source>At most 50 other names.</source>
        <translation>At most 50 other names.</translation>
    </message>
    <message>
        <source>The time given and the time in the line disagree: give one of them.</source>
        <translation>The time given and the time in the line disagree: give one of them.</translation>
    </message>
    <message>
        <source>%name is already in your people.</source>
        <translation>%name is already in your people.</translation>
    </message>
    <message>
        <source>Nobody in your people is called %name.</source>
        <translation>Nobody in your people is called %name.</translation>
    </message>
    <message>
        <source>%name is one record already.</source>
        <translation>%name is one record already.</translation>
    </message>
    <message>
        <source>&apos;%name&apos; could be %candidates: give the full name.</source>
        <translation>&apos;%name&apos; could be %candidates: give the full name.</translation>
    </message>
    <message>
        <source>%fields cannot be changed.</source>
        <translation>%fields cannot be changed.</translation>
    </message>
    <message>
        <source>&apos;%what&apos; cannot be stopped.</source>
        <translation>&apos;%what&apos; cannot be stopped.</translation>
    </message>
    <message>
        <source>That entry is no longer there.</source>
        <translation>That entry is no longer there.</translation>
    </message>
    <message>
        <source>There is no setting %name.</source>
        <translation>There is no setting %name.</translation>
    </message>
    <message>
        <source>The year %year is outside %low-%high.</source>
        <translation>The year %year is outside %low-%high.</translation>
    </message>
    <message>
        <source>%field is not a whole number.</source>
        <translation>%field is not a whole number.</translation>
    </message>
    <message>
        <source>%time does not exist on %day in %zone: the clocks skip it.</source>
        <translation>%time does not exist on %day in %zone: the clocks skip it.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>the disk quota is used up</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <translation>Could not save %1: %2.</translation>
    </message>
    <message>
        <source>this data was written by a newer Dayweave; please update</source>
        <translation>this data was written by a newer Dayweave; please update</translation>
    </message>
    <message>
        <source>Another Dayweave is busy with this data folder; try again in a moment.</source>
        <translation>Another Dayweave is busy with this data folder; try again in a moment.</translation>
    </message>
    <message>
        <source>it was empty</source>
        <translation>it was empty</translation>
    </message>
    <message>
        <source>it held only zero bytes, as a crash can leave</source>
        <translation>it held only zero bytes, as a crash can leave</translation>
    </message>
    <message>
        <source>it was not readable data</source>
        <translation>it was not readable data</translation>
    </message>
    <message>
        <source>it did not hold Dayweave&apos;s data</source>
        <translation>it did not hold Dayweave&apos;s data</translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>it could not be read</translation>
    </message>
    <message>
        <source>%1 was damaged (%2).</source>
        <translation>%1 was damaged (%2).</translation>
    </message>
    <message>
        <source>Its backup of %1 is back in its place.</source>
        <translation>Its backup of %1 is back in its place.</translation>
    </message>
    <message>
        <source>The defaults take its place.</source>
        <translation>The defaults take its place.</translation>
    </message>
    <message>
        <source>No backup held it; it starts empty.</source>
        <translation>No backup held it; it starts empty.</translation>
    </message>
    <message>
        <source>Records brought back from the damaged file: %1.</source>
        <translation>Records brought back from the damaged file: %1.</translation>
    </message>
    <message>
        <source>The damaged file is kept as %1.</source>
        <translation>The damaged file is kept as %1.</translation>
    </message>
    <message>
        <source>The file holds no vCard.</source>
        <translation>The file holds no vCard.</translation>
    </message>
    <message>
        <source>Card %1 is not a readable vCard.</source>
        <translation>Card %1 is not a readable vCard.</translation>
    </message>
    <message>
        <source>Card %1 has no name.</source>
        <translation>Card %1 has no name.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>After the call with %1</source>
        <translation>After the call with %1</translation>
    </message>
    <message>
        <source>Who does what, by when</source>
        <translation>Who does what, by when</translation>
    </message>
    <message>
        <source>e.g. back from holiday in Portugal</source>
        <translation>e.g. back from holiday in Portugal</translation>
    </message>
    <message>
        <source>Next &amp;action agreed:</source>
        <translation>Next &amp;action agreed:</translation>
    </message>
    <message>
        <source>Something &amp;personal:</source>
        <translation>Something &amp;personal:</translation>
    </message>
    <message>
        <source>Both are optional; they show when you next call.</source>
        <translation>Both are optional; they show when you next call.</translation>
    </message>
</context>
<context>
    <name>ForgottenBlockDialog</name>
    <message>
        <source>Still running?</source>
        <translation>Still running?</translation>
    </message>
    <message>
        <source>%1 has been running since %2. When did it end?</source>
        <translation>%1 has been running since %2. When did it end?</translation>
    </message>
    <message>
        <source>The computer went to sleep at %1.</source>
        <translation>The computer went to sleep at %1.</translation>
    </message>
    <message>
        <source>Dayweave last saw the computer in use at %1.</source>
        <translation>Dayweave last saw the computer in use at %1.</translation>
    </message>
    <message>
        <source>&amp;Ended at %1</source>
        <translation>&amp;Ended at %1</translation>
    </message>
    <message>
        <source>End at &amp;this time</source>
        <translation>End at &amp;this time</translation>
    </message>
    <message>
        <source>&amp;Still running</source>
        <translation>&amp;Still running</translation>
    </message>
    <message>
        <source>That is before the block began.</source>
        <translation>That is before the block began.</translation>
    </message>
    <message>
        <source>That is still to come.</source>
        <translation>That is still to come.</translation>
    </message>
</context>
<context>
    <name>LogActions</name>
    <message>
        <source>Who is %1?</source>
        <translation>Who is %1?</translation>
    </message>
    <message>
        <source>Several people are called %1. Which one?</source>
        <translation>Several people are called %1. Which one?</translation>
    </message>
    <message>
        <source>Log %1 hours?</source>
        <translation>Log %1 hours?</translation>
    </message>
    <message>
        <source>That is %1 hours, which is usually a typo. Log it anyway?</source>
        <translation>That is %1 hours, which is usually a typo. Log it anyway?</translation>
    </message>
    <message>
        <source>Disruption</source>
        <translation>Disruption</translation>
    </message>
    <message>
        <source>What disrupted you?</source>
        <translation>What disrupted you?</translation>
    </message>
</context>
<context>
    <name>NudgePopup</name>
    <message>
        <source>Dayweave nudge</source>
        <translation>Dayweave nudge</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Snooze</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hour</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>Reach out: %1</source>
        <translation>Reach out: %1</translation>
    </message>
    <message>
        <source>Plan a live meeting</source>
        <translation>Plan a live meeting</translation>
    </message>
    <message>
        <source>First minutes: connect with %1</source>
        <translation>First minutes: connect with %1</translation>
    </message>
    <message>
        <source>Last minutes: agree a concrete action</source>
        <translation>Last minutes: agree a concrete action</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Nudges</name>
    <message>
        <source>never contacted</source>
        <translation>never contacted</translation>
    </message>
    <message>
        <source>last contact %1 days ago</source>
        <translation>last contact %1 days ago</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>every %1 days</translation>
    </message>
    <message>
        <source>No live meeting yet.</source>
        <translation>No live meeting yet.</translation>
    </message>
    <message>
        <source>No live meeting for %1 days.</source>
        <translation>No live meeting for %1 days.</translation>
    </message>
    <message>
        <source>Last time you agreed: %1</source>
        <translation>Last time you agreed: %1</translation>
    </message>
    <message>
        <source>Ask how they are before the agenda.</source>
        <translation>Ask how they are before the agenda.</translation>
    </message>
    <message>
        <source>Agree who does what, by when.</source>
        <translation>Agree who does what, by when.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Not sorted yet</source>
        <translation>Not sorted yet</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Leadership</translation>
    </message>
    <message>
        <source>Own team</source>
        <translation>Own team</translation>
    </message>
    <message>
        <source>Other team</source>
        <translation>Other team</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Live meeting</source>
        <translation>Live meeting</translation>
    </message>
    <message>
        <source>Contacted someone</source>
        <translation>Contacted someone</translation>
    </message>
    <message>
        <source>Anna, Joost</source>
        <translation>Anna, Joost</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What about (optional)</source>
        <translation>What about (optional)</translation>
    </message>
    <message>
        <source>What about</source>
        <translation>What about</translation>
    </message>
    <message>
        <source>Live, in person</source>
        <translation>Live, in person</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;About:</translation>
    </message>
    <message>
        <source>&amp;Circle of new people:</source>
        <translation>&amp;Circle of new people:</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>New to your people: %1</source>
        <translation>New to your people: %1</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Circle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Every</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Next due</translation>
    </message>
    <message>
        <source>What matters</source>
        <translation>What matters</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
</context>
<context>
    <name>PeopleWindow</name>
    <message>
        <source>Dayweave: people</source>
        <translation>Dayweave: people</translation>
    </message>
    <message>
        <source>Search names, teams, notes (Ctrl+F)</source>
        <translation>Search names, teams, notes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Search people</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Add...</source>
        <translation>Add...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Edit...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Undo delete</translation>
    </message>
    <message>
        <source>Merge into...</source>
        <translation>Merge into...</translation>
    </message>
    <message>
        <source>One person, two records: keep the other one</source>
        <translation>One person, two records: keep the other one</translation>
    </message>
    <message>
        <source>Import vCard...</source>
        <translation>Import vCard...</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sort %n new people: give them a circle</source>
        <translation>
            <numerusform>sort %n new person: give them a circle</numerusform>
            <numerusform>sort %n new people: give them a circle</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge people</source>
        <translation>Merge people</translation>
    </message>
    <message>
        <source>Merge %1 into:</source>
        <translation>Merge %1 into:</translation>
    </message>
    <message>
        <source>Added %1, merged %2, skipped %3.</source>
        <translation>Added %1, merged %2, skipped %3.</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Import people</translation>
    </message>
    <message>
        <source>Circle for the new people:</source>
        <translation>Circle for the new people:</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Edit person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>What matters to them: family, hobbies, what they care about</source>
        <translation>What matters to them: family, hobbies, what they care about</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Circle:</source>
        <translation>&amp;Circle:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>Stay in touch &amp;every:</source>
        <translation>Stay in touch &amp;every:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>What &amp;matters to them:</source>
        <translation>What &amp;matters to them:</translation>
    </message>
    <message>
        <source>Next &amp;action agreed:</source>
        <translation>Next &amp;action agreed:</translation>
    </message>
</context>
<context>
    <name>QuickEntryDialog</name>
    <message>
        <source>Quick entry</source>
        <translation>Quick entry</translation>
    </message>
    <message>
        <source>9:00-10:30 work Quarterly plan #sales</source>
        <translation>9:00-10:30 work Quarterly plan #sales</translation>
    </message>
    <message>
        <source>e.g. &apos;disruption tech wifi dropped&apos; or &apos;call with Anna 14:00-14:30&apos;</source>
        <translation>e.g. &apos;disruption tech wifi dropped&apos; or &apos;call with Anna 14:00-14:30&apos;</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
</context>
<context>
    <name>QuickLog</name>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nothing was saved: %1</translation>
    </message>
</context>
<context>
    <name>QuickLogPanel</name>
    <message>
        <source>Dayweave quick log</source>
        <translation>Dayweave quick log</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Life</source>
        <translation>Life</translation>
    </message>
    <message>
        <source>Call...</source>
        <translation>Call...</translation>
    </message>
    <message>
        <source>Live meeting...</source>
        <translation>Live meeting...</translation>
    </message>
    <message>
        <source>Disruption</source>
        <translation>Disruption</translation>
    </message>
    <message>
        <source>Contacted someone...</source>
        <translation>Contacted someone...</translation>
    </message>
    <message>
        <source>Other...</source>
        <translation>Other...</translation>
    </message>
    <message>
        <source>Quick entry, e.g. 9:00-10:30 work plan</source>
        <translation>Quick entry, e.g. 9:00-10:30 work plan</translation>
    </message>
    <message>
        <source>Quick entry</source>
        <translation>Quick entry</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Undo %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Dayweave settings</source>
        <translation>Dayweave settings</translation>
    </message>
    <message>
        <source>e.g. Product</source>
        <translation>e.g. Product</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>First and last minutes of calls: show prompts</source>
        <translation>First and last minutes of calls: show prompts</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>As the locale says</source>
        <translation>As the locale says</translation>
    </message>
    <message>
        <source>Start Dayweave with my session</source>
        <translation>Start Dayweave with my session</translation>
    </message>
    <message>
        <source>My &amp;team:</source>
        <translation>My &amp;team:</translation>
    </message>
    <message>
        <source>Nudges between:</source>
        <translation>Nudges between:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>On:</translation>
    </message>
    <message>
        <source>At most nudges a &amp;day:</source>
        <translation>At most nudges a &amp;day:</translation>
    </message>
    <message>
        <source>Stay in touch &amp;every:</source>
        <translation>Stay in touch &amp;every:</translation>
    </message>
    <message>
        <source>A &amp;live meeting every:</source>
        <translation>A &amp;live meeting every:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Week starts on:</source>
        <translation>Week starts on:</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Start Dayweave with your session? You can change this in Settings.</source>
        <translation>Start Dayweave with your session? You can change this in Settings.</translation>
    </message>
    <message>
        <source>No system tray was found, so Dayweave runs in this window. Closing it quits Dayweave.</source>
        <translation>No system tray was found, so Dayweave runs in this window. Closing it quits Dayweave.</translation>
    </message>
    <message>
        <source>Dayweave repaired its data</source>
        <translation>Dayweave repaired its data</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>the data folder %1 is read-only for you (%2)</source>
        <translation>the data folder %1 is read-only for you (%2)</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 is not a folder</translation>
    </message>
    <message>
        <source>%1 is open to other users (%2) and not yours to make private</source>
        <translation>%1 is open to other users (%2) and not yours to make private</translation>
    </message>
    <message>
        <source>%1 holds %2, the start of the device folder %3: put %3 in it</source>
        <translation>%1 holds %2, the start of the device folder %3: put %3 in it</translation>
    </message>
    <message>
        <source>Records brought back from the damaged file: %1.</source>
        <translation>Records brought back from the damaged file: %1.</translation>
    </message>
    <message>
        <source>%1 files or folders are open to other users; check --repair closes them</source>
        <translation>%1 files or folders are open to other users; check --repair closes them</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>customers</source>
        <translation>customers</translation>
    </message>
    <message>
        <source>leadership</source>
        <translation>leadership</translation>
    </message>
    <message>
        <source>own team</source>
        <translation>own team</translation>
    </message>
    <message>
        <source>other teams</source>
        <translation>other teams</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>reports</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>partners</translation>
    </message>
    <message>
        <source>No pattern stands out this week.</source>
        <translation>No pattern stands out this week.</translation>
    </message>
    <message>
        <source>%1 of %2 disruptions came between %3:00 and %4:00.</source>
        <translation>%1 of %2 disruptions came between %3:00 and %4:00.</translation>
    </message>
    <message>
        <source>%1 mornings</source>
        <translation>%1 mornings</translation>
    </message>
    <message>
        <source>%1 afternoons</source>
        <translation>%1 afternoons</translation>
    </message>
    <message>
        <source>%1 evenings</source>
        <translation>%1 evenings</translation>
    </message>
    <message>
        <source>%1 of %2 disruptions came on %3.</source>
        <translation>%1 of %2 disruptions came on %3.</translation>
    </message>
    <message>
        <source>%1 of %2 %4 disruptions came on %3.</source>
        <translation>%1 of %2 %4 disruptions came on %3.</translation>
    </message>
    <message>
        <source>360 degree compass</source>
        <translation>360 degree compass</translation>
    </message>
    <message>
        <source>Reached this week (360°):</source>
        <translation>Reached this week (360°):</translation>
    </message>
    <message>
        <source>Work %1 · Life %2</source>
        <translation>Work %1 · Life %2</translation>
    </message>
    <message>
        <source>Switches per day: %1</source>
        <translation>Switches per day: %1</translation>
    </message>
    <message>
        <source>Live meetings: %1</source>
        <translation>Live meetings: %1</translation>
    </message>
    <message>
        <source>Calls: %1 · Contacts: %2</source>
        <translation>Calls: %1 · Contacts: %2</translation>
    </message>
    <message>
        <source>Disruptions: %1</source>
        <translation>Disruptions: %1</translation>
    </message>
    <message>
        <source>Most around %1:00</source>
        <translation>Most around %1:00</translation>
    </message>
    <message>
        <source>Time lost: %1</source>
        <translation>Time lost: %1</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1h %2m</translation>
    </message>
    <message>
        <source>The line is empty; start with a kind, e.g. &apos;work plan&apos;.</source>
        <translation>The line is empty; start with a kind, e.g. &apos;work plan&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time; write it as 9:00 or 9:00-10:30.</source>
        <translation>&apos;%1&apos; is not a time; write it as 9:00 or 9:00-10:30.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a second time; give one time or one range.</source>
        <translation>&apos;%1&apos; is a second time; give one time or one range.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date.</source>
        <translation>&apos;%1&apos; is not a date.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a kind after it: work, life, call, meeting, disruption, contact.</source>
        <translation>&apos;%1&apos; needs a kind after it: work, life, call, meeting, disruption, contact.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind; start with work, life, call, meeting, disruption or contact.</source>
        <translation>&apos;%1&apos; is not a kind; start with work, life, call, meeting, disruption or contact.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tag; write #word.</source>
        <translation>&apos;%1&apos; is not a tag; write #word.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a name after it.</source>
        <translation>&apos;%1&apos; needs a name after it.</translation>
    </message>
    <message>
        <source>This is a moment: give one time, not the range &apos;%1&apos;.</source>
        <translation>This is a moment: give one time, not the range &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains a character that cannot be stored.</source>
        <translation>&apos;%1&apos; contains a character that cannot be stored.</translation>
    </message>
    <message>
        <source>The title is longer than 500 characters.</source>
        <translation>The title is longer than 500 characters.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a name before it.</source>
        <translation>&apos;%1&apos; needs a name before it.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a name.</source>
        <translation>&apos;%1&apos; is not a name.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a time after it, e.g. &apos;%1 9:00-10:00&apos;.</source>
        <translation>&apos;%1&apos; needs a time after it, e.g. &apos;%1 9:00-10:00&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a circle; use customer, leadership, team, peer, report or partner.</source>
        <translation>&apos;%1&apos; is not a circle; use customer, leadership, team, peer, report or partner.</translation>
    </message>
    <message>
        <source>Meeting ran over</source>
        <translation>Meeting ran over</translation>
    </message>
    <message>
        <source>Late, parking</source>
        <translation>Late, parking</translation>
    </message>
    <message>
        <source>Tech, wifi</source>
        <translation>Tech, wifi</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Noise</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>A colleague</translation>
    </message>
    <message>
        <source>My own mind</source>
        <translation>My own mind</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Life</source>
        <translation>Life</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Live meeting</source>
        <translation>Live meeting</translation>
    </message>
    <message>
        <source>Disruption</source>
        <translation>Disruption</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Nothing running</source>
        <translation>Nothing running</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>(since %1)</source>
        <translation>(since %1)</translation>
    </message>
    <message>
        <source>Today: work %1 · life %2</source>
        <translation>Today: work %1 · life %2</translation>
    </message>
    <message numerus="yes">
        <source>%n disruption(s) today</source>
        <translation>
            <numerusform>%n disruption today</numerusform>
            <numerusform>%n disruptions today</numerusform>
        </translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Life</source>
        <translation>Life</translation>
    </message>
    <message>
        <source>Call...</source>
        <translation>Call...</translation>
    </message>
    <message>
        <source>Live meeting...</source>
        <translation>Live meeting...</translation>
    </message>
    <message>
        <source>Disruption</source>
        <translation>Disruption</translation>
    </message>
    <message>
        <source>Other...</source>
        <translation>Other...</translation>
    </message>
    <message>
        <source>Contacted someone...</source>
        <translation>Contacted someone...</translation>
    </message>
    <message>
        <source>Quick entry...</source>
        <translation>Quick entry...</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>End meeting with %1</source>
        <translation>End meeting with %1</translation>
    </message>
    <message>
        <source>End call with %1</source>
        <translation>End call with %1</translation>
    </message>
    <message>
        <source>End %1</source>
        <translation>End %1</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Undo %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message numerus="yes">
        <source>%n nudge(s) waiting</source>
        <translation>
            <numerusform>%n nudge waiting</numerusform>
            <numerusform>%n nudges waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>WeekTimeline</name>
    <message>
        <source>Week timeline</source>
        <translation>Week timeline</translation>
    </message>
</context>
<context>
    <name>WeekWindow</name>
    <message>
        <source>Dayweave: this week</source>
        <translation>Dayweave: this week</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <source>Previous week (Page Up)</source>
        <translation>Previous week (Page Up)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>This week (T)</source>
        <translation>This week (T)</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Next week</translation>
    </message>
    <message>
        <source>Next week (Page Down)</source>
        <translation>Next week (Page Down)</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Go to date</translation>
    </message>
    <message>
        <source>Quick entry, e.g. 9:00-10:30 work plan</source>
        <translation>Quick entry, e.g. 9:00-10:30 work plan</translation>
    </message>
    <message>
        <source>Quick entry</source>
        <translation>Quick entry</translation>
    </message>
    <message>
        <source>Image...</source>
        <translation>Image...</translation>
    </message>
    <message>
        <source>Save the week as a PNG image</source>
        <translation>Save the week as a PNG image</translation>
    </message>
    <message>
        <source>JSON...</source>
        <translation>JSON...</translation>
    </message>
    <message>
        <source>Save the week as JSON, as dayweave week --json prints it</source>
        <translation>Save the week as JSON, as dayweave week --json prints it</translation>
    </message>
    <message>
        <source>Select an entry to see it; double-click empty space to add one.</source>
        <translation>Select an entry to see it; double-click empty space to add one.</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Edit...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Undo delete</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation>With: %1</translation>
    </message>
    <message>
        <source>Save the week as an image</source>
        <translation>Save the week as an image</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>Could not save %1</translation>
    </message>
    <message>
        <source>Save the week as JSON</source>
        <translation>Save the week as JSON</translation>
    </message>
</context>
</TS>
