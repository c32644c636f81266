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
    <name>Argparse</name>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>expected %s argument</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>expected %s arguments</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
</context>
<context>
    <name>AwayCli</name>
    <message>
        <source>a break</source>
        <translation>a break</translation>
    </message>
    <message>
        <source>a disruption</source>
        <translation>a disruption</translation>
    </message>
    <message>
        <source>a live meeting</source>
        <translation>a live meeting</translation>
    </message>
    <message>
        <source>still working</source>
        <translation>still working</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>not answered</translation>
    </message>
    <message>
        <source>No time away noted.</source>
        <translation>No time away noted.</translation>
    </message>
    <message>
        <source>--gap gives the times: leave out --at and --until</source>
        <translation>--gap gives the times: leave out --at and --until</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not what a gap was: life, disruption CAUSE, meeting --with X, work</source>
        <translation>&apos;%1&apos; is not what a gap was: life, disruption CAUSE, meeting --with X, work</translation>
    </message>
    <message>
        <source>There is no gap %1: `dayweave away` lists them.</source>
        <translation>There is no gap %1: `dayweave away` lists them.</translation>
    </message>
    <message>
        <source>%1 was answered already: nothing changed.</source>
        <translation>%1 was answered already: nothing changed.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>this backup is format version %1, written by a newer Dayweave; this one reads up to version %2: update Dayweave to import it</source>
        <translation>this backup is format version %1, written by a newer Dayweave; this one reads up to version %2: update Dayweave to import it</translation>
    </message>
    <message>
        <source>this is not a Dayweave backup (dayweave export --format json)</source>
        <translation>this is not a Dayweave backup (dayweave export --format json)</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>not UTF-8; read as Windows-1252</source>
        <translation>not UTF-8; read as Windows-1252</translation>
    </message>
    <message>
        <source>not a calendar (no BEGIN:VCALENDAR)</source>
        <translation>not a calendar (no BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <source>time zone %1 changes more often than once a year: left out</source>
        <translation>time zone %1 changes more often than once a year: left out</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <source>the file is cut short; read what is there</source>
        <translation>the file is cut short; read what is there</translation>
    </message>
    <message>
        <source>nothing in it can be read</source>
        <translation>nothing in it can be read</translation>
    </message>
    <message>
        <source>has no start time</source>
        <translation>has no start time</translation>
    </message>
    <message>
        <source>has a repeat date (%1) with a time but no day</source>
        <translation>has a repeat date (%1) with a time but no day</translation>
    </message>
    <message>
        <source>has a line that cannot be read (%1)</source>
        <translation>has a line that cannot be read (%1)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>has two start times; the first is used</source>
        <translation>has two start times; the first is used</translation>
    </message>
    <message>
        <source>its end cannot be read and is left out (%1)</source>
        <translation>its end cannot be read and is left out (%1)</translation>
    </message>
    <message>
        <source>time zone %1 is unknown; read as local time</source>
        <translation>time zone %1 is unknown; read as local time</translation>
    </message>
    <message>
        <source>cannot be expanded: %1</source>
        <translation>cannot be expanded: %1</translation>
    </message>
    <message>
        <source>%1 is not a full path</source>
        <translation>%1 is not a full path</translation>
    </message>
    <message>
        <source>there is no %1</source>
        <translation>there is no %1</translation>
    </message>
    <message>
        <source>%1 is not a regular file or a folder</source>
        <translation>%1 is not a regular file or a folder</translation>
    </message>
    <message>
        <source>%1 is not an .ics file or a folder of them</source>
        <translation>%1 is not an .ics file or a folder of them</translation>
    </message>
    <message>
        <source>%1 is not one of your calendars</source>
        <translation>%1 is not one of your calendars</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>is not a regular file</translation>
    </message>
    <message>
        <source>is larger than %1: left out</source>
        <translation>is larger than %1: left out</translation>
    </message>
    <message>
        <source>repeats every second: not a meeting, left out</source>
        <translation>repeats every second: not a meeting, left out</translation>
    </message>
    <message>
        <source>repeats every minute: not a meeting, left out</source>
        <translation>repeats every minute: not a meeting, left out</translation>
    </message>
    <message>
        <source>repeats more than %1 times: left out</source>
        <translation>repeats more than %1 times: left out</translation>
    </message>
    <message>
        <source>takes too long to work out: left out</source>
        <translation>takes too long to work out: left out</translation>
    </message>
    <message>
        <source>repeats too much to work out: %1 series left out</source>
        <translation>repeats too much to work out: %1 series left out</translation>
    </message>
    <message>
        <source>line %1 cannot be read and is left out: %2</source>
        <translation>line %1 cannot be read and is left out: %2</translation>
    </message>
    <message>
        <source>line %1: a parameter cannot be read and is left out: %2</source>
        <translation>line %1: a parameter cannot be read and is left out: %2</translation>
    </message>
    <message>
        <source>cannot be read (line %1: %2)</source>
        <translation>cannot be read (line %1: %2)</translation>
    </message>
    <message>
        <source>its reminder cannot be read and is left out (line %1: %2)</source>
        <translation>its reminder cannot be read and is left out (line %1: %2)</translation>
    </message>
    <message>
        <source>its %1 cannot be read and is left out (line %2: %3)</source>
        <translation>its %1 cannot be read and is left out (line %2: %3)</translation>
    </message>
</context>
<context>
    <name>CalendarCli</name>
    <message>
        <source>Already one of your calendars.</source>
        <translation>Already one of your calendars.</translation>
    </message>
    <message>
        <source>Added the calendar; it is read, never changed.</source>
        <translation>Added the calendar; it is read, never changed.</translation>
    </message>
    <message>
        <source>Removed the calendar.</source>
        <translation>Removed the calendar.</translation>
    </message>
    <message>
        <source>No calendars yet: dayweave calendar add PATH</source>
        <translation>No calendars yet: dayweave calendar add PATH</translation>
    </message>
    <message>
        <source> (not there now)</source>
        <translation> (not there now)</translation>
    </message>
    <message>
        <source>No planned meetings.</source>
        <translation>No planned meetings.</translation>
    </message>
    <message>
        <source>[live, %1]</source>
        <translation>[live, %1]</translation>
    </message>
    <message>
        <source>(not in People: %1)</source>
        <translation>(not in People: %1)</translation>
    </message>
    <message>
        <source>Read %1: %2, %3, %4.</source>
        <translation>Read %1: %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarSources</name>
    <message>
        <source>Your e-mail addresses</source>
        <translation>Your e-mail addresses</translation>
    </message>
    <message>
        <source>Which e-mail addresses are yours (separated by commas)? Planned meetings never offer them as people, and a meeting you declined is left out.</source>
        <translation>Which e-mail addresses are yours (separated by commas)? Planned meetings never offer them as people, and a meeting you declined is left out.</translation>
    </message>
    <message>
        <source>Calendar files</source>
        <translation>Calendar files</translation>
    </message>
    <message>
        <source>Add file...</source>
        <translation>Add file...</translation>
    </message>
    <message>
        <source>Add folder...</source>
        <translation>Add folder...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>A calendar file</source>
        <translation>A calendar file</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Calendars (*.ics)</translation>
    </message>
    <message>
        <source>A folder of calendars</source>
        <translation>A folder of calendars</translation>
    </message>
</context>
<context>
    <name>CallOffer</name>
    <message>
        <source>Dayweave: a call?</source>
        <translation>Dayweave: a call?</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Log a call</translation>
    </message>
    <message>
        <source>A call with...</source>
        <translation>A call with...</translation>
    </message>
    <message>
        <source>End the call</source>
        <translation>End the call</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Your microphone is in use. Log it as a call?</source>
        <translation>Your microphone is in use. Log it as a call?</translation>
    </message>
    <message>
        <source>Your microphone is free again. End the call?</source>
        <translation>Your microphone is free again. End the call?</translation>
    </message>
    <message>
        <source>A call</source>
        <translation>A call</translation>
    </message>
    <message>
        <source>With whom? (names separated by commas)</source>
        <translation>With whom? (names separated by commas)</translation>
    </message>
</context>
<context>
    <name>CauseBars</name>
    <message>
        <source>Disruptions by cause</source>
        <translation>Disruptions by cause</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>not sorted</source>
        <translation>not sorted</translation>
    </message>
    <message>
        <source>reach out</source>
        <translation>reach out</translation>
    </message>
    <message>
        <source>plan live</source>
        <translation>plan live</translation>
    </message>
    <message>
        <source>call open</source>
        <translation>call open</translation>
    </message>
    <message>
        <source>call close</source>
        <translation>call close</translation>
    </message>
    <message>
        <source>weekly review</source>
        <translation>weekly review</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Nothing is due.</translation>
    </message>
    <message>
        <source>due: %1 (%2)</source>
        <translation>due: %1 (%2)</translation>
    </message>
    <message>
        <source>waiting: %1: %2</source>
        <translation>waiting: %1: %2</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>next: %1</translation>
    </message>
    <message>
        <source>(see dayweave --help)</source>
        <translation>(see dayweave --help)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind; use %2</source>
        <translation>&apos;%1&apos; is not a kind; use %2</translation>
    </message>
    <message>
        <source>Log the remote work day as one timeline.</source>
        <translation>Log the remote work day as one timeline.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>show the version and exit</translation>
    </message>
    <message>
        <source>data folder (default: $DAYWEAVE_DATA_DIR or the user&apos;s)</source>
        <translation>data folder (default: $DAYWEAVE_DATA_DIR or the user&apos;s)</translation>
    </message>
    <message>
        <source>start the tray app, print the start-up seconds once the icon shows, and exit</source>
        <translation>start the tray app, print the start-up seconds once the icon shows, and exit</translation>
    </message>
    <message>
        <source>language of the app (en, nl); default: the system&apos;s</source>
        <translation>language of the app (en, nl); default: the system&apos;s</translation>
    </message>
    <message>
        <source>say what happens, on stderr and in the log file (-vv: every step)</source>
        <translation>say what happens, on stderr and in the log file (-vv: every step)</translation>
    </message>
    <message>
        <source>log an entry, or a quick-entry line</source>
        <translation>log an entry, or a quick-entry line</translation>
    </message>
    <message>
        <source>a quick-entry line, quoted or not: work 9.00-10.30 plan, call with Anna</source>
        <translation>a quick-entry line, quoted or not: work 9.00-10.30 plan, call with Anna</translation>
    </message>
    <message>
        <source>when it started (9, 9:15, 9.15, 9am, &apos;yesterday 9&apos;, -15m); default now</source>
        <translation>when it started (9, 9:15, 9.15, 9am, &apos;yesterday 9&apos;, -15m); default now</translation>
    </message>
    <message>
        <source>when it ended; a block without one keeps running</source>
        <translation>when it ended; a block without one keeps running</translation>
    </message>
    <message>
        <source>a disruption&apos;s cause: %1, or your own word</source>
        <translation>a disruption&apos;s cause: %1, or your own word</translation>
    </message>
    <message>
        <source>who it was with (again for more people)</source>
        <translation>who it was with (again for more people)</translation>
    </message>
    <message>
        <source>a note to keep with it</source>
        <translation>a note to keep with it</translation>
    </message>
    <message>
        <source>a tag</source>
        <translation>a tag</translation>
    </message>
    <message>
        <source>print the stored entry as JSON</source>
        <translation>print the stored entry as JSON</translation>
    </message>
    <message>
        <source>a block over 16 hours (or running since then) is meant</source>
        <translation>a block over 16 hours (or running since then) is meant</translation>
    </message>
    <message>
        <source>start a work or life block, a call or a meeting</source>
        <translation>start a work or life block, a call or a meeting</translation>
    </message>
    <message>
        <source>when it started; default now</source>
        <translation>when it started; default now</translation>
    </message>
    <message>
        <source>who it is with (again for more people)</source>
        <translation>who it is with (again for more people)</translation>
    </message>
    <message>
        <source>stop the running block (or: stop call [--with NAME])</source>
        <translation>stop the running block (or: stop call [--with NAME])</translation>
    </message>
    <message>
        <source>when it stopped; default now</source>
        <translation>when it stopped; default now</translation>
    </message>
    <message>
        <source>end the call with NAME</source>
        <translation>end the call with NAME</translation>
    </message>
    <message>
        <source>print what ended as JSON</source>
        <translation>print what ended as JSON</translation>
    </message>
    <message>
        <source>take back the last change, within ten seconds</source>
        <translation>take back the last change, within ten seconds</translation>
    </message>
    <message>
        <source>print what changed as JSON</source>
        <translation>print what changed as JSON</translation>
    </message>
    <message>
        <source>the week holding DATE (default: this week)</source>
        <translation>the week holding DATE (default: this week)</translation>
    </message>
    <message>
        <source>2026-11-26, today, yesterday, tomorrow, or last (a week ago)</source>
        <translation>2026-11-26, today, yesterday, tomorrow, or last (a week ago)</translation>
    </message>
    <message>
        <source>print the week as JSON</source>
        <translation>print the week as JSON</translation>
    </message>
    <message>
        <source>save the week as an image</source>
        <translation>save the week as an image</translation>
    </message>
    <message>
        <source>IANA zone to cut days in (default: the local one)</source>
        <translation>IANA zone to cut days in (default: the local one)</translation>
    </message>
    <message>
        <source>default: Settings&apos; week start, or mon</source>
        <translation>default: Settings&apos; week start, or mon</translation>
    </message>
    <message>
        <source>with --png: the dark palette</source>
        <translation>with --png: the dark palette</translation>
    </message>
    <message>
        <source>the language (en, nl); with --png the image&apos;s too</source>
        <translation>the language (en, nl); with --png the image&apos;s too</translation>
    </message>
    <message>
        <source>what the last weeks show (default: the last 12)</source>
        <translation>what the last weeks show (default: the last 12)</translation>
    </message>
    <message>
        <source>the last N weeks, this one too</source>
        <translation>the last N weeks, this one too</translation>
    </message>
    <message>
        <source>from the week of DATE</source>
        <translation>from the week of DATE</translation>
    </message>
    <message>
        <source>to the week of DATE, included</source>
        <translation>to the week of DATE, included</translation>
    </message>
    <message>
        <source>print the review as JSON</source>
        <translation>print the review as JSON</translation>
    </message>
    <message>
        <source>save the review as an image</source>
        <translation>save the review as an image</translation>
    </message>
    <message>
        <source>set the one intention for next week (&quot;&quot; takes it back)</source>
        <translation>set the one intention for next week (&quot;&quot; takes it back)</translation>
    </message>
    <message>
        <source>with --intention: for the week of DATE</source>
        <translation>with --intention: for the week of DATE</translation>
    </message>
    <message>
        <source>find TEXT in titles, notes, causes and people, in any case</source>
        <translation>find TEXT in titles, notes, causes and people, in any case</translation>
    </message>
    <message>
        <source>words that must all be found</source>
        <translation>words that must all be found</translation>
    </message>
    <message>
        <source>only entries of this kind (again for more)</source>
        <translation>only entries of this kind (again for more)</translation>
    </message>
    <message>
        <source>only entries with NAME (again for more people)</source>
        <translation>only entries with NAME (again for more people)</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>first day</translation>
    </message>
    <message>
        <source>print the results as JSON</source>
        <translation>print the results as JSON</translation>
    </message>
    <message>
        <source>the people you stay in touch with</source>
        <translation>the people you stay in touch with</translation>
    </message>
    <message>
        <source>add a person</source>
        <translation>add a person</translation>
    </message>
    <message>
        <source>their team</source>
        <translation>their team</translation>
    </message>
    <message>
        <source>stay in touch every DAYS days</source>
        <translation>stay in touch every DAYS days</translation>
    </message>
    <message>
        <source>notes about them</source>
        <translation>notes about them</translation>
    </message>
    <message>
        <source>an e-mail address (again for more)</source>
        <translation>an e-mail address (again for more)</translation>
    </message>
    <message>
        <source>print the person as JSON</source>
        <translation>print the person as JSON</translation>
    </message>
    <message>
        <source>add people from a vCard (.vcf) file</source>
        <translation>add people from a vCard (.vcf) file</translation>
    </message>
    <message>
        <source>for text that is not UTF-8 and names no character set (default: this computer&apos;s legacy code page, Windows-1252 where there is none)</source>
        <translation>for text that is not UTF-8 and names no character set (default: this computer&apos;s legacy code page, Windows-1252 where there is none)</translation>
    </message>
    <message>
        <source>one person, two records: keep INTO</source>
        <translation>one person, two records: keep INTO</translation>
    </message>
    <message>
        <source>list people with their last contact</source>
        <translation>list people with their last contact</translation>
    </message>
    <message>
        <source>print the list as JSON</source>
        <translation>print the list as JSON</translation>
    </message>
    <message>
        <source>only people whose gaps between contacts are growing, longer than their rhythm</source>
        <translation>only people whose gaps between contacts are growing, longer than their rhythm</translation>
    </message>
    <message>
        <source>every contact, call and meeting with a person, and their rhythm</source>
        <translation>every contact, call and meeting with a person, and their rhythm</translation>
    </message>
    <message>
        <source>print the person&apos;s history as JSON</source>
        <translation>print the person&apos;s history as JSON</translation>
    </message>
    <message>
        <source>mark the last next action agreed with a person done</source>
        <translation>mark the last next action agreed with a person done</translation>
    </message>
    <message>
        <source>print the action as JSON</source>
        <translation>print the action as JSON</translation>
    </message>
    <message>
        <source>change a person: circle, interval, e-mail, name, next action</source>
        <translation>change a person: circle, interval, e-mail, name, next action</translation>
    </message>
    <message>
        <source>their e-mail address (again for more); replaces the ones kept</source>
        <translation>their e-mail address (again for more); replaces the ones kept</translation>
    </message>
    <message>
        <source>a new name</source>
        <translation>a new name</translation>
    </message>
    <message>
        <source>the next action agreed with them</source>
        <translation>the next action agreed with them</translation>
    </message>
    <message>
        <source>remove a person; their entries stay (undo brings them back)</source>
        <translation>remove a person; their entries stay (undo brings them back)</translation>
    </message>
    <message>
        <source>read or change a setting</source>
        <translation>read or change a setting</translation>
    </message>
    <message>
        <source>print as JSON</source>
        <translation>print as JSON</translation>
    </message>
    <message>
        <source>what is due, what waits and why, and what comes next</source>
        <translation>what is due, what waits and why, and what comes next</translation>
    </message>
    <message>
        <source>the moment to ask about (default now)</source>
        <translation>the moment to ask about (default now)</translation>
    </message>
    <message>
        <source>verify the data folder; exit 1 on damage</source>
        <translation>verify the data folder; exit 1 on damage</translation>
    </message>
    <message>
        <source>remove leftover temp files, make folders private</source>
        <translation>remove leftover temp files, make folders private</translation>
    </message>
    <message>
        <source>say what it would add, update and trim, and write nothing</source>
        <translation>say what it would add, update and trim, and write nothing</translation>
    </message>
    <message>
        <source>the devices seen in the data folder, and when each wrote</source>
        <translation>the devices seen in the data folder, and when each wrote</translation>
    </message>
    <message>
        <source>give a device a name every device shows</source>
        <translation>give a device a name every device shows</translation>
    </message>
    <message>
        <source>mark a device as no longer used (its history stays)</source>
        <translation>mark a device as no longer used (its history stays)</translation>
    </message>
    <message>
        <source>the time away noted on DATE (default: today), answered or not</source>
        <translation>the time away noted on DATE (default: today), answered or not</translation>
    </message>
    <message>
        <source>--tz: &apos;%1&apos; is not a known time zone</source>
        <translation>--tz: &apos;%1&apos; is not a known time zone</translation>
    </message>
    <message>
        <source>could not save the image: there is no folder %1</source>
        <translation>could not save the image: there is no folder %1</translation>
    </message>
    <message>
        <source>could not save the image to %1</source>
        <translation>could not save the image to %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>%1h%2</source>
        <comment>hours and minutes</comment>
        <translation>%1h%2</translation>
    </message>
    <message>
        <source>Week of %1 - %2 (%3)</source>
        <translation>Week of %1 - %2 (%3)</translation>
    </message>
    <message>
        <source>work %1  life %2  switches %3  disruptions %4</source>
        <translation>work %1  life %2  switches %3  disruptions %4</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>with %1</translation>
    </message>
    <message>
        <source>live meetings %1</source>
        <translation>live meetings %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No people yet: dayweave people add NAME --circle CIRCLE</source>
        <translation>No people yet: dayweave people add NAME --circle CIRCLE</translation>
    </message>
    <message>
        <source>No one is drifting.</source>
        <translation>No one is drifting.</translation>
    </message>
    <message>
        <source>Away is detected through: %1</source>
        <translation>Away is detected through: %1</translation>
    </message>
    <message>
        <source>Nothing on this desktop says when you are away.</source>
        <translation>Nothing on this desktop says when you are away.</translation>
    </message>
    <message>
        <source>The microphone&apos;s use is heard through: %1</source>
        <translation>The microphone&apos;s use is heard through: %1</translation>
    </message>
    <message>
        <source>No sound server answers here: calls are not noticed.</source>
        <translation>No sound server answers here: calls are not noticed.</translation>
    </message>
    <message>
        <source>1 damaged file in %2:</source>
        <translation>1 damaged file in %2:</translation>
    </message>
    <message>
        <source>%1 damaged files in %2:</source>
        <translation>%1 damaged files in %2:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>1 not sorted yet: give them a circle (People, or people edit NAME --circle C)</source>
        <translation>1 not sorted yet: give them a circle (People, or people edit NAME --circle C)</translation>
    </message>
    <message>
        <source>%1 not sorted yet: give them a circle (People, or people edit NAME --circle C)</source>
        <translation>%1 not sorted yet: give them a circle (People, or people edit NAME --circle C)</translation>
    </message>
    <message>
        <source>%1 (%2) last contact %3</source>
        <translation>%1 (%2) last contact %3</translation>
    </message>
    <message>
        <source>No data folder yet at %1; nothing to check.</source>
        <translation>No data folder yet at %1; nothing to check.</translation>
    </message>
    <message>
        <source>OK: %1 is readable.</source>
        <translation>OK: %1 is readable.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>May</source>
        <comment>month</comment>
        <translation>May</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dec</translation>
    </message>
    <message>
        <source>(running)</source>
        <translation>(running)</translation>
    </message>
    <message>
        <source>not sorted yet: give them a circle in People</source>
        <translation>not sorted yet: give them a circle in People</translation>
    </message>
    <message>
        <source>circle: %1</source>
        <translation>circle: %1</translation>
    </message>
    <message>
        <source>%1 is already running; nothing changed.</source>
        <translation>%1 is already running; nothing changed.</translation>
    </message>
    <message>
        <source>Added %1, merged %2, skipped %3.</source>
        <translation>Added %1, merged %2, skipped %3.</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>skipped %1</translation>
    </message>
    <message>
        <source>Nothing was running.</source>
        <translation>Nothing was running.</translation>
    </message>
    <message>
        <source>Nothing to undo (undo lasts ten seconds).</source>
        <translation>Nothing to undo (undo lasts ten seconds).</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <source>Removed %1 people from your people.</source>
        <translation>Removed %1 people from your people.</translation>
    </message>
    <message>
        <source>the next action (its words not kept)</source>
        <translation>the next action (its words not kept)</translation>
    </message>
    <message>
        <source>Done: %1 (agreed %2).</source>
        <translation>Done: %1 (agreed %2).</translation>
    </message>
    <message>
        <source>Already done: %1 (agreed %2).</source>
        <translation>Already done: %1 (agreed %2).</translation>
    </message>
    <message>
        <source>renamed from %1</source>
        <translation>renamed from %1</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>every %1 days</translation>
    </message>
    <message>
        <source>e-mail: %1</source>
        <translation>e-mail: %1</translation>
    </message>
    <message>
        <source>team: %1</source>
        <translation>team: %1</translation>
    </message>
    <message>
        <source>notes changed</source>
        <translation>notes changed</translation>
    </message>
    <message>
        <source>next action: %1</source>
        <translation>next action: %1</translation>
    </message>
    <message>
        <source>Changed %1: %2.</source>
        <translation>Changed %1: %2.</translation>
    </message>
    <message>
        <source>Took %1 out of your people again.</source>
        <translation>Took %1 out of your people again.</translation>
    </message>
    <message>
        <source>Removed %1 from your people; their entries stay.</source>
        <translation>Removed %1 from your people; their entries stay.</translation>
    </message>
    <message>
        <source>Put back %1 as they were.</source>
        <translation>Put back %1 as they were.</translation>
    </message>
    <message>
        <source>... and %1 more.</source>
        <translation>... and %1 more.</translation>
    </message>
    <message>
        <source>not sorted yet</source>
        <translation>not sorted yet</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Added %1 (%2).</translation>
    </message>
    <message>
        <source>Added %1 to your people (%2).</source>
        <translation>Added %1 to your people (%2).</translation>
    </message>
    <message>
        <source>Merged %1 into %2: their entries count for %2.</source>
        <translation>Merged %1 into %2: their entries count for %2.</translation>
    </message>
    <message>
        <source>Logged %1</source>
        <translation>Logged %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Started %1</translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation>Restored %1</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Changed %1</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Removed %1</translation>
    </message>
    <message>
        <source>Stopped %1</source>
        <translation>Stopped %1</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Ended %1</translation>
    </message>
    <message>
        <source>Trimmed %1 (the new block took its overlap)</source>
        <translation>Trimmed %1 (the new block took its overlap)</translation>
    </message>
    <message>
        <source>Split off %1 (the new block sits inside it)</source>
        <translation>Split off %1 (the new block sits inside it)</translation>
    </message>
    <message>
        <source>Replaced %1 (the new block covers it whole)</source>
        <translation>Replaced %1 (the new block covers it whole)</translation>
    </message>
    <message>
        <source>no setting &apos;%1&apos;; use one of %2</source>
        <translation>no setting &apos;%1&apos;; use one of %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: give days like mon,tue,wed</source>
        <translation>&apos;%1&apos;: give days like mon,tue,wed</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: give mon, sat, sun or locale</source>
        <translation>&apos;%1&apos;: give mon, sat, sun or locale</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: give a day like mon or fri</source>
        <translation>&apos;%1&apos;: give a day like mon or fri</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: give true or false</source>
        <translation>&apos;%1&apos;: give true or false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; is not a whole number</translation>
    </message>
    <message>
        <source>--until is before the start</source>
        <translation>--until is before the start</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a circle; use one of %2</source>
        <translation>&apos;%1&apos; is not a circle; use one of %2</translation>
    </message>
    <message>
        <source>--charset: &apos;%1&apos; is not a known character set</source>
        <translation>--charset: &apos;%1&apos; is not a known character set</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>say what to change: %1</source>
        <translation>say what to change: %1</translation>
    </message>
    <message>
        <source>the app refused</source>
        <translation>the app refused</translation>
    </message>
    <message>
        <source>the running Dayweave is too busy; nothing was done: try again</source>
        <translation>the running Dayweave is too busy; nothing was done: try again</translation>
    </message>
    <message>
        <source>the running Dayweave serves another data folder; nothing was done</source>
        <translation>the running Dayweave serves another data folder; nothing was done</translation>
    </message>
    <message>
        <source>To change them: dayweave people edit NAME --circle C</source>
        <translation>To change them: dayweave people edit NAME --circle C</translation>
    </message>
    <message>
        <source>If you mean it, add --long.</source>
        <translation>If you mean it, add --long.</translation>
    </message>
    <message>
        <source>%1; the change may or may not be saved: `dayweave week` shows what is there</source>
        <translation>%1; the change may or may not be saved: `dayweave week` shows what is there</translation>
    </message>
    <message>
        <source>warning: not using the app&apos;s socket: %1</source>
        <translation>warning: not using the app&apos;s socket: %1</translation>
    </message>
    <message>
        <source>nothing was saved: %1</source>
        <translation>nothing was saved: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>the calendar files planned meetings come from</source>
        <translation>the calendar files planned meetings come from</translation>
    </message>
    <message>
        <source>read an .ics file or a folder of them (never changed)</source>
        <translation>read an .ics file or a folder of them (never changed)</translation>
    </message>
    <message>
        <source>stop reading a calendar</source>
        <translation>stop reading a calendar</translation>
    </message>
    <message>
        <source>the calendars read</source>
        <translation>the calendars read</translation>
    </message>
    <message>
        <source>the planned meetings of DATE (default: today)</source>
        <translation>the planned meetings of DATE (default: today)</translation>
    </message>
    <message>
        <source>your data as CSV, iCalendar or a full JSON backup</source>
        <translation>your data as CSV, iCalendar or a full JSON backup</translation>
    </message>
    <message>
        <source>first day (default: all)</source>
        <translation>first day (default: all)</translation>
    </message>
    <message>
        <source>last day, included</source>
        <translation>last day, included</translation>
    </message>
    <message>
        <source>default: standard output</source>
        <translation>default: standard output</translation>
    </message>
    <message>
        <source>ics: disruptions and contacts as 0-minute events</source>
        <translation>ics: disruptions and contacts as 0-minute events</translation>
    </message>
    <message>
        <source>a JSON backup, a Timewarrior export or a Watson log --json (- for stdin)</source>
        <translation>a JSON backup, a Timewarrior export or a Watson log --json (- for stdin)</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>there is no such file</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>--from must not be after --to</source>
        <translation>--from must not be after --to</translation>
    </message>
    <message>
        <source>--weeks must be a whole number from 1 to %1</source>
        <translation>--weeks must be a whole number from 1 to %1</translation>
    </message>
    <message>
        <source>a review holds at most %1 weeks</source>
        <translation>a review holds at most %1 weeks</translation>
    </message>
    <message>
        <source>This week&apos;s intention: %1</source>
        <translation>This week&apos;s intention: %1</translation>
    </message>
    <message>
        <source>intention for the week: %1</source>
        <translation>intention for the week: %1</translation>
    </message>
    <message>
        <source>intention taken back</source>
        <translation>intention taken back</translation>
    </message>
    <message>
        <source>Review of %1 - %2 (%3)</source>
        <translation>Review of %1 - %2 (%3)</translation>
    </message>
    <message>
        <source>disrupted %1</source>
        <comment>minutes of disruption in a week, where known</comment>
        <translation>disrupted %1</translation>
    </message>
    <message>
        <source>%1  calls %2  live meetings %3 (%4 wanted)  contacts %5</source>
        <translation>%1  calls %2  live meetings %3 (%4 wanted)  contacts %5</translation>
    </message>
    <message>
        <source>%1: last reached %2 days ago, every %3 days wanted; slipping</source>
        <translation>%1: last reached %2 days ago, every %3 days wanted; slipping</translation>
    </message>
    <message>
        <source>%1: last reached %2 days ago, every %3 days wanted</source>
        <translation>%1: last reached %2 days ago, every %3 days wanted</translation>
    </message>
    <message>
        <source>Drifting (their gaps growing):</source>
        <translation>Drifting (their gaps growing):</translation>
    </message>
    <message>
        <source>%1  calls and live meetings %2: first minutes %3, last minutes %4, next actions %5, kept %6</source>
        <translation>%1  calls and live meetings %2: first minutes %3, last minutes %4, next actions %5, kept %6</translation>
    </message>
    <message>
        <source>Next actions agreed: %1, kept %2</source>
        <translation>Next actions agreed: %1, kept %2</translation>
    </message>
    <message>
        <source>not kept yet</source>
        <translation>not kept yet</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>kept</translation>
    </message>
    <message>
        <source>kept %1</source>
        <translation>kept %1</translation>
    </message>
    <message>
        <source>%1 %2 days (usually %3, every %4 wanted)</source>
        <comment>a person drifting</comment>
        <translation>%1 %2 days (usually %3, every %4 wanted)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; could be %2: give the full name</source>
        <translation>&apos;%1&apos; could be %2: give the full name</translation>
    </message>
    <message>
        <source>no one called &apos;%1&apos; in your people</source>
        <translation>no one called &apos;%1&apos; in your people</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <source>1 found.</source>
        <translation>1 found.</translation>
    </message>
    <message>
        <source>%1 found.</source>
        <translation>%1 found.</translation>
    </message>
    <message>
        <source>No contact with them yet.</source>
        <translation>No contact with them yet.</translation>
    </message>
    <message>
        <source>then %1 days: slipped</source>
        <translation>then %1 days: slipped</translation>
    </message>
    <message>
        <source>Rhythm kept in %1 of %2 gaps; last contact %3, due %4.</source>
        <translation>Rhythm kept in %1 of %2 gaps; last contact %3, due %4.</translation>
    </message>
    <message>
        <source>%1 is retired; its history stays</source>
        <translation>%1 is retired; its history stays</translation>
    </message>
    <message>
        <source>%1 is now called %2</source>
        <translation>%1 is now called %2</translation>
    </message>
    <message>
        <source>(this device)</source>
        <translation>(this device)</translation>
    </message>
    <message>
        <source>has written nothing yet</source>
        <translation>has written nothing yet</translation>
    </message>
    <message>
        <source>last wrote %1</source>
        <translation>last wrote %1</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>not seen for %1 days</source>
        <translation>not seen for %1 days</translation>
    </message>
    <message>
        <source>an entry&apos;s versions: the one in force, and edits lost</source>
        <translation>an entry&apos;s versions: the one in force, and edits lost</translation>
    </message>
    <message>
        <source>1 edit lost to a later edit on another device (kept; `dayweave history ID` shows it):</source>
        <translation>1 edit lost to a later edit on another device (kept; `dayweave history ID` shows it):</translation>
    </message>
    <message>
        <source>%1 edits lost to a later edit on another device (kept; `dayweave history ID` shows them):</source>
        <translation>%1 edits lost to a later edit on another device (kept; `dayweave history ID` shows them):</translation>
    </message>
    <message>
        <source>1 edit of a person lost to a later edit on another device (kept; `dayweave history NAME` shows it):</source>
        <translation>1 edit of a person lost to a later edit on another device (kept; `dayweave history NAME` shows it):</translation>
    </message>
    <message>
        <source>%1 edits of people lost to a later edit on another device (kept; `dayweave history NAME` shows them):</source>
        <translation>%1 edits of people lost to a later edit on another device (kept; `dayweave history NAME` shows them):</translation>
    </message>
    <message>
        <source>1 settings change lost to a later change on another device (kept):</source>
        <translation>1 settings change lost to a later change on another device (kept):</translation>
    </message>
    <message>
        <source>%1 settings changes lost to a later change on another device (kept):</source>
        <translation>%1 settings changes lost to a later change on another device (kept):</translation>
    </message>
    <message>
        <source>there is no entry or person %1</source>
        <translation>there is no entry or person %1</translation>
    </message>
    <message>
        <source>In force: %1</source>
        <translation>In force: %1</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>Lost: %1</translation>
    </message>
    <message>
        <source>merged into %1</source>
        <translation>merged into %1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation>not deleted</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>settings</translation>
    </message>
    <message>
        <source>an unreadable version by %1</source>
        <translation>an unreadable version by %1</translation>
    </message>
    <message>
        <source>deleted: %1</source>
        <translation>deleted: %1</translation>
    </message>
    <message>
        <source>%1 (by %2, %3)</source>
        <translation>%1 (by %2, %3)</translation>
    </message>
    <message>
        <source>answer a gap `dayweave away` lists (its number, or a time in it)</source>
        <translation>answer a gap `dayweave away` lists (its number, or a time in it)</translation>
    </message>
</context>
<context>
    <name>CliExport</name>
    <message>
        <source>--to is before --from</source>
        <translation>--to is before --from</translation>
    </message>
    <message>
        <source>-o: there is no folder %1</source>
        <translation>-o: there is no folder %1</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>could not write %1: %2</translation>
    </message>
    <message>
        <source>Written to %1: %2 entries.</source>
        <translation>Written to %1: %2 entries.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 is not UTF-8 text</translation>
    </message>
    <message>
        <source>%1 is not JSON: import takes a Dayweave backup (.json), a Timewarrior export or a Watson log --json</source>
        <translation>%1 is not JSON: import takes a Dayweave backup (.json), a Timewarrior export or a Watson log --json</translation>
    </message>
    <message>
        <source>the import stopped after %1 entries: %2</source>
        <translation>the import stopped after %1 entries: %2</translation>
    </message>
    <message>
        <source>Blocks already here it would trim: %1.</source>
        <translation>Blocks already here it would trim: %1.</translation>
    </message>
    <message>
        <source>Blocks already here trimmed: %1.</source>
        <translation>Blocks already here trimmed: %1.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written. The import would do this:</source>
        <translation>Dry run: nothing was written. The import would do this:</translation>
    </message>
    <message>
        <source>Entries: %1 added, %2 updated, %3 unchanged.</source>
        <translation>Entries: %1 added, %2 updated, %3 unchanged.</translation>
    </message>
    <message>
        <source>People: %1 added, %2 updated, %3 unchanged.</source>
        <translation>People: %1 added, %2 updated, %3 unchanged.</translation>
    </message>
    <message>
        <source>Settings: updated (the backup&apos;s were newer).</source>
        <translation>Settings: updated (the backup&apos;s were newer).</translation>
    </message>
    <message>
        <source>Settings: unchanged.</source>
        <translation>Settings: unchanged.</translation>
    </message>
    <message>
        <source>Bad records, skipped: %1</source>
        <translation>Bad records, skipped: %1</translation>
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
    <name>ContactStrip</name>
    <message>
        <source>Contacts over time</source>
        <translation>Contacts over time</translation>
    </message>
    <message>
        <source>No contact with them yet.</source>
        <translation>No contact with them yet.</translation>
    </message>
</context>
<context>
    <name>DayBars</name>
    <message>
        <source>Work and life per day</source>
        <translation>Work and life per day</translation>
    </message>
    <message numerus="yes">
        <source>%1: work %2, life %3, %n switch(es)</source>
        <translation>
            <numerusform>%1: work %2, life %3, %n switch</numerusform>
            <numerusform>%1: work %2, life %3, %n switches</numerusform>
        </translation>
    </message>
    <message>
        <source>switches</source>
        <translation>switches</translation>
    </message>
</context>
<context>
    <name>DayList</name>
    <message>
        <source>Day list</source>
        <translation>Day list</translation>
    </message>
</context>
<context>
    <name>DayListModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Time away</source>
        <translation>Time away</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>not answered yet</translation>
    </message>
</context>
<context>
    <name>DevicesBox</name>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Last wrote</source>
        <translation>Last wrote</translation>
    </message>
    <message>
        <source>Rename...</source>
        <translation>Rename...</translation>
    </message>
    <message>
        <source>Retire...</source>
        <translation>Retire...</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>nothing yet</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>this device</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message numerus="yes">
        <source>not seen for %n day(s)</source>
        <translation>
            <numerusform>not seen for %n day</numerusform>
            <numerusform>not seen for %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename device</source>
        <translation>Rename device</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>New name for %1:</translation>
    </message>
    <message>
        <source>Retire %1? Its history stays; it is no longer marked when it stays away.</source>
        <translation>Retire %1? Its history stays; it is no longer marked when it stays away.</translation>
    </message>
    <message>
        <source>Retire device</source>
        <translation>Retire device</translation>
    </message>
</context>
<context>
    <name>DriftingToggle</name>
    <message>
        <source>Only the people whose gaps are growing: the time since the last contact is longer than their usual gap and their rhythm</source>
        <translation>Only the people whose gaps are growing: the time since the last contact is longer than their usual gap and their rhythm</translation>
    </message>
    <message>
        <source>Drifting (…)</source>
        <translation>Drifting (…)</translation>
    </message>
    <message>
        <source>Drifting (%1)</source>
        <translation>Drifting (%1)</translation>
    </message>
    <message>
        <source>Drifting</source>
        <translation>Drifting</translation>
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
        <source>Minutes away before Dayweave asks</source>
        <translation>Minutes away before Dayweave asks</translation>
    </message>
    <message>
        <source>Asking about time away</source>
        <translation>Asking about time away</translation>
    </message>
    <message>
        <source>Offering a call when the microphone is in use</source>
        <translation>Offering a call when the microphone is in use</translation>
    </message>
    <message>
        <source>The weekly review moment</source>
        <translation>The weekly review moment</translation>
    </message>
    <message>
        <source>The day of the weekly review</source>
        <translation>The day of the weekly review</translation>
    </message>
    <message>
        <source>The hour of the weekly review</source>
        <translation>The hour of the weekly review</translation>
    </message>
    <message>
        <source>The intention</source>
        <translation>The intention</translation>
    </message>
    <message>
        <source>Time lost</source>
        <translation>Time lost</translation>
    </message>
    <message>
        <source>The disruption&apos;s end</source>
        <translation>The disruption&apos;s end</translation>
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
        <source>Only a disruption lasts.</source>
        <translation>Only a disruption lasts.</translation>
    </message>
    <message>
        <source>The disruption ends before it starts.</source>
        <translation>The disruption ends before it starts.</translation>
    </message>
    <message>
        <source>A disruption lasts at most a day.</source>
        <translation>A disruption lasts at most a day.</translation>
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
        <source>%kind would run from %since, %hours hours: it would replace every block since then.</source>
        <translation>%kind would run from %since, %hours hours: it would replace every block since then.</translation>
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
        <source>The cause given and the cause in the line disagree: give one of them.</source>
        <translation>The cause given and the cause in the line disagree: give one of them.</translation>
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
        <source>No next action agreed with %name to mark done.</source>
        <translation>No next action agreed with %name to mark done.</translation>
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
        <source>There is no device %name in the data folder.</source>
        <translation>There is no device %name in the data folder.</translation>
    </message>
    <message>
        <source>%name is the name of more than one device: give its id (%candidates).</source>
        <translation>%name is the name of more than one device: give its id (%candidates).</translation>
    </message>
    <message>
        <source>The new name is empty.</source>
        <translation>The new name is empty.</translation>
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
        <source>Your own e-mails must be e-mail addresses.</source>
        <translation>Your own e-mails must be e-mail addresses.</translation>
    </message>
    <message>
        <source>%path is not a full path.</source>
        <translation>%path is not a full path.</translation>
    </message>
    <message>
        <source>There is no %path.</source>
        <translation>There is no %path.</translation>
    </message>
    <message>
        <source>%path is not an .ics file or a folder of them.</source>
        <translation>%path is not an .ics file or a folder of them.</translation>
    </message>
    <message>
        <source>%path is not a regular file or a folder.</source>
        <translation>%path is not a regular file or a folder.</translation>
    </message>
    <message>
        <source>%path is not one of your calendars.</source>
        <translation>%path is not one of your calendars.</translation>
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
        <source>it is a pipe, a device or a socket, which Dayweave never reads</source>
        <translation>it is a pipe, a device or a socket, which Dayweave never reads</translation>
    </message>
    <message>
        <source>a sync tool&apos;s conflict copy here means two machines write as this device; remove the file device-id from the configuration folder of one of them</source>
        <translation>a sync tool&apos;s conflict copy here means two machines write as this device; remove the file device-id from the configuration folder of one of them</translation>
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
        <source>it was a pipe, a device or a socket</source>
        <translation>it was a pipe, a device or a socket</translation>
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
    <message>
        <source>&apos;%kind&apos; is not a kind; use work, life, call, meeting, disruption or contact.</source>
        <translation>&apos;%kind&apos; is not a kind; use work, life, call, meeting, disruption or contact.</translation>
    </message>
    <message>
        <source>A contact is with someone: say who.</source>
        <translation>A contact is with someone: say who.</translation>
    </message>
    <message>
        <source>a temp file a killed writer left; `dayweave check --repair` removes it</source>
        <translation>a temp file a killed writer left; `dayweave check --repair` removes it</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the file holds zero bytes, as a crash can leave</source>
        <translation>the file holds zero bytes, as a crash can leave</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>not valid JSON</translation>
    </message>
    <message>
        <source>it does not hold Dayweave&apos;s data</source>
        <translation>it does not hold Dayweave&apos;s data</translation>
    </message>
    <message>
        <source>it is a link, which Dayweave never follows</source>
        <translation>it is a link, which Dayweave never follows</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>it cannot be read</translation>
    </message>
    <message>
        <source>a record in it is skipped by readers</source>
        <translation>a record in it is skipped by readers</translation>
    </message>
    <message>
        <source>Minutes before a break suggestion</source>
        <translation>Minutes before a break suggestion</translation>
    </message>
    <message>
        <source>How nudges show</source>
        <translation>How nudges show</translation>
    </message>
    <message>
        <source>%field must be one of %choices.</source>
        <translation>%field must be one of %choices.</translation>
    </message>
    <message>
        <source>Records brought back from the damaged file: %1.</source>
        <translation>Records brought back from the damaged file: %1.</translation>
    </message>
    <message>
        <source>A split gap needs two or more parts.</source>
        <translation>A split gap needs two or more parts.</translation>
    </message>
    <message>
        <source>The parts must follow each other from the gap&apos;s start to its end.</source>
        <translation>The parts must follow each other from the gap&apos;s start to its end.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>With: %1</source>
        <translation>With: %1</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>Cause: %1</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Spreadsheet (CSV)</translation>
    </message>
    <message>
        <source>Calendar (iCalendar)</source>
        <translation>Calendar (iCalendar)</translation>
    </message>
    <message>
        <source>Full backup (JSON)</source>
        <translation>Full backup (JSON)</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Exporting...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export a range of days</source>
        <translation>Export a range of days</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Export...</translation>
    </message>
    <message>
        <source>Save this week or a range of days as CSV, iCalendar or JSON</source>
        <translation>Save this week or a range of days as CSV, iCalendar or JSON</translation>
    </message>
    <message>
        <source>This week: %1...</source>
        <translation>This week: %1...</translation>
    </message>
    <message>
        <source>A range of days...</source>
        <translation>A range of days...</translation>
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
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>It was done: the review and their page count it kept</source>
        <translation>It was done: the review and their page count it kept</translation>
    </message>
    <message>
        <source>the next action (its words were not kept)</source>
        <translation>the next action (its words were not kept)</translation>
    </message>
    <message>
        <source>Last time you agreed: %1</source>
        <translation>Last time you agreed: %1</translation>
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
    <name>GapNotice</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>A break</source>
        <translation>A break</translation>
    </message>
    <message>
        <source>A disruption…</source>
        <translation>A disruption…</translation>
    </message>
    <message>
        <source>A live meeting…</source>
        <translation>A live meeting…</translation>
    </message>
    <message>
        <source>Still working</source>
        <translation>Still working</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>Split…</translation>
    </message>
    <message>
        <source>Dayweave: time away</source>
        <translation>Dayweave: time away</translation>
    </message>
    <message>
        <source>You were away %1–%2 (%3). What was it?</source>
        <translation>You were away %1–%2 (%3). What was it?</translation>
    </message>
</context>
<context>
    <name>GapQuestion</name>
    <message>
        <source>Dayweave: time away</source>
        <translation>Dayweave: time away</translation>
    </message>
    <message>
        <source>You were away %1–%2 (%3). What was it?</source>
        <translation>You were away %1–%2 (%3). What was it?</translation>
    </message>
    <message>
        <source>A break</source>
        <translation>A break</translation>
    </message>
    <message>
        <source>A live meeting with...</source>
        <translation>A live meeting with...</translation>
    </message>
    <message>
        <source>Still working</source>
        <translation>Still working</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>A disruption:</source>
        <translation>A disruption:</translation>
    </message>
    <message>
        <source>A live meeting</source>
        <translation>A live meeting</translation>
    </message>
    <message>
        <source>With whom? (names separated by commas)</source>
        <translation>With whom? (names separated by commas)</translation>
    </message>
    <message>
        <source>Split...</source>
        <translation>Split...</translation>
    </message>
</context>
<context>
    <name>GapSplit</name>
    <message>
        <source>A break</source>
        <translation>A break</translation>
    </message>
    <message>
        <source>A disruption</source>
        <translation>A disruption</translation>
    </message>
    <message>
        <source>A live meeting</source>
        <translation>A live meeting</translation>
    </message>
    <message>
        <source>Still working</source>
        <translation>Still working</translation>
    </message>
    <message>
        <source>With whom? (names separated by commas)</source>
        <translation>With whom? (names separated by commas)</translation>
    </message>
    <message>
        <source>Split the time away</source>
        <translation>Split the time away</translation>
    </message>
    <message>
        <source>%1–%2 was several things: until when was each?</source>
        <translation>%1–%2 was several things: until when was each?</translation>
    </message>
    <message>
        <source>Add a part</source>
        <translation>Add a part</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
</context>
<context>
    <name>GlobalShortcut</name>
    <message>
        <source>Dayweave: log a disruption</source>
        <translation>Dayweave: log a disruption</translation>
    </message>
</context>
<context>
    <name>IntentionBox</name>
    <message>
        <source>e.g. call Anna before Wednesday</source>
        <translation>e.g. call Anna before Wednesday</translation>
    </message>
    <message>
        <source>&amp;Intention for the week of %1:</source>
        <translation>&amp;Intention for the week of %1:</translation>
    </message>
</context>
<context>
    <name>IntentionLine</name>
    <message>
        <source>The week&apos;s intention</source>
        <translation>The week&apos;s intention</translation>
    </message>
    <message>
        <source>Intention for the week: %1</source>
        <translation>Intention for the week: %1</translation>
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
        <source>Which %1?</source>
        <translation>Which %1?</translation>
    </message>
    <message>
        <source>%1 on %2 comes twice in %3: the clocks go back. Which one did you mean?</source>
        <translation>%1 on %2 comes twice in %3: the clocks go back. Which one did you mean?</translation>
    </message>
    <message>
        <source>The first (%1)</source>
        <translation>The first (%1)</translation>
    </message>
    <message>
        <source>The second (%1)</source>
        <translation>The second (%1)</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Ended: %1</translation>
    </message>
    <message>
        <source>Already running: %1</source>
        <translation>Already running: %1</translation>
    </message>
    <message>
        <source>Disruption</source>
        <translation>Disruption</translation>
    </message>
    <message>
        <source>What disrupted you?</source>
        <translation>What disrupted you?</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Undone</translation>
    </message>
</context>
<context>
    <name>ManyPeople</name>
    <message numerus="yes">
        <source>Removed %n person(s).</source>
        <translation>
            <numerusform>Removed %n person.</numerusform>
            <numerusform>Removed %n people.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set circle</source>
        <translation>Set circle</translation>
    </message>
    <message numerus="yes">
        <source>Circle for %n selected person(s):</source>
        <translation>
            <numerusform>Circle for %n selected person:</numerusform>
            <numerusform>Circle for %n selected people:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) now in %1</source>
        <translation>
            <numerusform>%n person now in %1</numerusform>
            <numerusform>%n people now in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingPrompt</name>
    <message>
        <source>Dayweave: a planned meeting starts</source>
        <translation>Dayweave: a planned meeting starts</translation>
    </message>
    <message>
        <source>Log it</source>
        <translation>Log it</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>First minutes: connect with %1</source>
        <translation>First minutes: connect with %1</translation>
    </message>
    <message>
        <source>What matters to them: %1</source>
        <translation>What matters to them: %1</translation>
    </message>
    <message>
        <source>Last time you agreed: %1</source>
        <translation>Last time you agreed: %1</translation>
    </message>
    <message>
        <source>First minutes: connect. Ask how they are before the agenda.</source>
        <translation>First minutes: connect. Ask how they are before the agenda.</translation>
    </message>
    <message>
        <source>Log it as a live meeting</source>
        <translation>Log it as a live meeting</translation>
    </message>
    <message>
        <source>Log it as a call</source>
        <translation>Log it as a call</translation>
    </message>
    <message>
        <source>%1 is not in your people</source>
        <translation>%1 is not in your people</translation>
    </message>
    <message>
        <source>Add to People</source>
        <translation>Add to People</translation>
    </message>
</context>
<context>
    <name>MicrophoneRow</name>
    <message>
        <source>Microphone in use: offer to log a call, and to end it</source>
        <translation>Microphone in use: offer to log a call, and to end it</translation>
    </message>
    <message>
        <source>Dayweave never records nor listens: it only sees that a program records.</source>
        <translation>Dayweave never records nor listens: it only sees that a program records.</translation>
    </message>
    <message>
        <source>Heard through: %1</source>
        <translation>Heard through: %1</translation>
    </message>
    <message>
        <source>No sound server answers here: calls are not noticed.</source>
        <translation>No sound server answers here: calls are not noticed.</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>I reached out</source>
        <translation>I reached out</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Plan it...</source>
        <translation>Plan it...</translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation>Snooze 1 hour</translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation>Skip today</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open the review</source>
        <translation>Open the review</translation>
    </message>
</context>
<context>
    <name>NudgePopup</name>
    <message>
        <source>Dayweave nudge</source>
        <translation>Dayweave nudge</translation>
    </message>
    <message>
        <source>I reached out</source>
        <translation>I reached out</translation>
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
        <source>Open the review</source>
        <translation>Open the review</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Plan it...</source>
        <translation>Plan it...</translation>
    </message>
    <message>
        <source>Log a contact with them now</source>
        <translation>Log a contact with them now</translation>
    </message>
</context>
<context>
    <name>Nudges</name>
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
        <source>Your week in review</source>
        <translation>Your week in review</translation>
    </message>
    <message>
        <source>Last minutes: agree a concrete action</source>
        <translation>Last minutes: agree a concrete action</translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation>never contacted</translation>
    </message>
    <message numerus="yes">
        <source>last contact %n day(s) ago</source>
        <translation>
            <numerusform>last contact %n day ago</numerusform>
            <numerusform>last contact %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>No live meeting yet.</source>
        <translation>No live meeting yet.</translation>
    </message>
    <message numerus="yes">
        <source>No live meeting for %n day(s).</source>
        <translation>
            <numerusform>No live meeting for %n day.</numerusform>
            <numerusform>No live meeting for %n days.</numerusform>
        </translation>
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
        <source>A look back at the week, and one intention for the next.</source>
        <translation>A look back at the week, and one intention for the next.</translation>
    </message>
    <message>
        <source>Agree who does what, by when.</source>
        <translation>Agree who does what, by when.</translation>
    </message>
    <message>
        <source>You have been focused for a while: time for a short break.</source>
        <translation>You have been focused for a while: time for a short break.</translation>
    </message>
    <message>
        <source>After this call</source>
        <translation>After this call</translation>
    </message>
    <message>
        <source>After this life block</source>
        <translation>After this life block</translation>
    </message>
    <message>
        <source>After this life block (%1)</source>
        <translation>After this life block (%1)</translation>
    </message>
    <message>
        <source>Nudges start once you have logged something</source>
        <translation>Nudges start once you have logged something</translation>
    </message>
    <message>
        <source>Your first day: nudges from %1</source>
        <translation>Your first day: nudges from %1</translation>
    </message>
    <message>
        <source>At the next pause (%1)</source>
        <translation>At the next pause (%1)</translation>
    </message>
    <message>
        <source>Outside your nudge hours, until %1</source>
        <translation>Outside your nudge hours, until %1</translation>
    </message>
    <message>
        <source>Enough nudges for today, until %1</source>
        <translation>Enough nudges for today, until %1</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Snoozed until %1</translation>
    </message>
    <message>
        <source>Some room after the last nudge, until %1</source>
        <translation>Some room after the last nudge, until %1</translation>
    </message>
    <message>
        <source>Live meeting with %1</source>
        <translation>Live meeting with %1</translation>
    </message>
    <message>
        <source>Live meeting</source>
        <translation>Live meeting</translation>
    </message>
    <message>
        <source>Also invite (no e-mail address known): %1</source>
        <translation>Also invite (no e-mail address known): %1</translation>
    </message>
</context>
<context>
    <name>PeerImport</name>
    <message>
        <source>its tags are not a list of words</source>
        <translation>its tags are not a list of words</translation>
    </message>
    <message>
        <source>it is %1 hours long; a block is at most 16 hours</source>
        <translation>it is %1 hours long; a block is at most 16 hours</translation>
    </message>
    <message>
        <source>an earlier one has the same start</source>
        <translation>an earlier one has the same start</translation>
    </message>
    <message>
        <source>not a Dayweave backup, a Timewarrior export or a Watson log</source>
        <translation>not a Dayweave backup, a Timewarrior export or a Watson log</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
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
    <message>
        <source>No circle yet: %1</source>
        <translation>No circle yet: %1</translation>
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
    <message>
        <source>Next action</source>
        <translation>Next action</translation>
    </message>
    <message>
        <source>not nudged (own team)</source>
        <translation>not nudged (own team)</translation>
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
        <source>Set circle...</source>
        <translation>Set circle...</translation>
    </message>
    <message>
        <source>Give every selected person a circle</source>
        <translation>Give every selected person a circle</translation>
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
        <source>Import people</source>
        <translation>Import people</translation>
    </message>
    <message>
        <source>Circle for the new people:</source>
        <translation>Circle for the new people:</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>Importing %1...</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
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
    <name>PersonPage</name>
    <message>
        <source>Next &amp;actions agreed after calls:</source>
        <translation>Next &amp;actions agreed after calls:</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Mark &amp;done</translation>
    </message>
    <message>
        <source>The action chosen above was done</source>
        <translation>The action chosen above was done</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Edit...</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Also with</source>
        <translation>Also with</translation>
    </message>
    <message>
        <source>Gap after</source>
        <translation>Gap after</translation>
    </message>
    <message>
        <source>Contacts, newest first</source>
        <translation>Contacts, newest first</translation>
    </message>
    <message>
        <source>Enter or a double-click opens the week</source>
        <translation>Enter or a double-click opens the week</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Next actions agreed, newest first</source>
        <translation>Next actions agreed, newest first</translation>
    </message>
    <message>
        <source>Mark done (Alt+D) marks the chosen one done</source>
        <translation>Mark done (Alt+D) marks the chosen one done</translation>
    </message>
    <message>
        <source>Dayweave: %1</source>
        <translation>Dayweave: %1</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading their history…</source>
        <translation>Reading their history…</translation>
    </message>
    <message>
        <source>Next action agreed: %1</source>
        <translation>Next action agreed: %1</translation>
    </message>
    <message>
        <source>No next action agreed.</source>
        <translation>No next action agreed.</translation>
    </message>
    <message>
        <source>No contact with them yet.</source>
        <translation>No contact with them yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n live meeting(s)</source>
        <translation>
            <numerusform>%n live meeting</numerusform>
            <numerusform>%n live meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other contact(s)</source>
        <translation>
            <numerusform>%n other contact</numerusform>
            <numerusform>%n other contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 since %2.</source>
        <translation>%1 since %2.</translation>
    </message>
    <message numerus="yes">
        <source>Rhythm kept in %1 of %2 gaps; the longest gap %n day(s).</source>
        <translation>
            <numerusform>Rhythm kept in %1 of %2 gaps; the longest gap %n day.</numerusform>
            <numerusform>Rhythm kept in %1 of %2 gaps; the longest gap %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last contact %1 (%n day(s) ago); next due %2.</source>
        <translation>
            <numerusform>Last contact %1 (%n day ago); next due %2.</numerusform>
            <numerusform>Last contact %1 (%n days ago); next due %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last contact %1 (%n day(s) ago): due now.</source>
        <translation>
            <numerusform>Last contact %1 (%n day ago): due now.</numerusform>
            <numerusform>Last contact %1 (%n days ago): due now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drifting: %1 days since the last contact, usually %n day(s) apart.</source>
        <translation>
            <numerusform>Drifting: %1 days since the last contact, usually %n day apart.</numerusform>
            <numerusform>Drifting: %1 days since the last contact, usually %n days apart.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next actions agreed after calls: %1, kept %2.</source>
        <translation>Next actions agreed after calls: %1, kept %2.</translation>
    </message>
    <message>
        <source>call</source>
        <translation>call</translation>
    </message>
    <message>
        <source>live meeting</source>
        <translation>live meeting</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>rhythm kept</source>
        <translation>rhythm kept</translation>
    </message>
    <message>
        <source>slipped</source>
        <translation>slipped</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 so far</translation>
    </message>
    <message>
        <source>%1, slipped</source>
        <translation>%1, slipped</translation>
    </message>
    <message>
        <source>the next action (its words were not kept)</source>
        <translation>the next action (its words were not kept)</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>PersonPages</name>
    <message>
        <source>History...</source>
        <translation>History...</translation>
    </message>
    <message>
        <source>Every contact with them, on a line of time (Enter)</source>
        <translation>Every contact with them, on a line of time (Enter)</translation>
    </message>
</context>
<context>
    <name>PlanLiveDialog</name>
    <message>
        <source>Plan a live meeting</source>
        <translation>Plan a live meeting</translation>
    </message>
    <message>
        <source>Whom to meet in person: the people due, by circle.</source>
        <translation>Whom to meet in person: the people due, by circle.</translation>
    </message>
    <message>
        <source>People to invite</source>
        <translation>People to invite</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Write invitation</source>
        <translation>Write invitation</translation>
    </message>
    <message>
        <source>An .ics file your calendar opens; it sends the invitations</source>
        <translation>An .ics file your calendar opens; it sends the invitations</translation>
    </message>
</context>
<context>
    <name>Planned</name>
    <message>
        <source>(no title)</source>
        <translation>(no title)</translation>
    </message>
    <message>
        <source>Next: %1 %2</source>
        <translation>Next: %1 %2</translation>
    </message>
</context>
<context>
    <name>PlannedEnds</name>
    <message>
        <source>Ended the live meeting with %1 at its planned end %2</source>
        <translation>Ended the live meeting with %1 at its planned end %2</translation>
    </message>
    <message>
        <source>Ended the call with %1 at its planned end %2</source>
        <translation>Ended the call with %1 at its planned end %2</translation>
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
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
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
    <name>Review</name>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>January</source>
        <translation>January</translation>
    </message>
    <message>
        <source>February</source>
        <translation>February</translation>
    </message>
    <message>
        <source>March</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <source>June</source>
        <translation>June</translation>
    </message>
    <message>
        <source>July</source>
        <translation>July</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>December</translation>
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
        <source>Disruptions doubled since %1</source>
        <translation>Disruptions doubled since %1</translation>
    </message>
    <message>
        <source>Disruptions</source>
        <translation>Disruptions</translation>
    </message>
    <message>
        <source>%1; most are %2, %3.</source>
        <translation>%1; most are %2, %3.</translation>
    </message>
    <message>
        <source>%1; most are %2.</source>
        <translation>%1; most are %2.</translation>
    </message>
    <message>
        <source>%1; most strike %2.</source>
        <translation>%1; most strike %2.</translation>
    </message>
    <message>
        <source>No one in the circle %1 reached in these %2 days (every %3 days wanted).</source>
        <translation>No one in the circle %1 reached in these %2 days (every %3 days wanted).</translation>
    </message>
    <message>
        <source>No one in the circle %1 reached for %2 days (every %3 days wanted).</source>
        <translation>No one in the circle %1 reached for %2 days (every %3 days wanted).</translation>
    </message>
    <message>
        <source>Live meetings: %1 a month, against %2 wanted.</source>
        <translation>Live meetings: %1 a month, against %2 wanted.</translation>
    </message>
    <message>
        <source>Work grew from %1 to %2 hours a week in the last four weeks.</source>
        <translation>Work grew from %1 to %2 hours a week in the last four weeks.</translation>
    </message>
</context>
<context>
    <name>ReviewChart</name>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Nothing stands out in these weeks.</source>
        <translation>Nothing stands out in these weeks.</translation>
    </message>
    <message>
        <source>Work and life per week (up to %1 h)</source>
        <translation>Work and life per week (up to %1 h)</translation>
    </message>
    <message>
        <source>Switches per day (up to %1)</source>
        <translation>Switches per day (up to %1)</translation>
    </message>
    <message>
        <source>Disruptions per week, by cause</source>
        <translation>Disruptions per week, by cause</translation>
    </message>
    <message>
        <source>Minutes disrupted per week, where known (up to %1)</source>
        <translation>Minutes disrupted per week, where known (up to %1)</translation>
    </message>
    <message>
        <source>When work and life interleave</source>
        <translation>When work and life interleave</translation>
    </message>
    <message>
        <source>When disruptions strike</source>
        <translation>When disruptions strike</translation>
    </message>
    <message>
        <source>Disrupted for %1 where known; longest when striking %2 %3 (%4)</source>
        <translation>Disrupted for %1 where known; longest when striking %2 %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2–%3: %n disruption(s)</source>
        <translation>
            <numerusform>%1 %2–%3: %n disruption</numerusform>
            <numerusform>%1 %2–%3: %n disruptions</numerusform>
        </translation>
    </message>
    <message>
        <source>, disrupted for %1 where known</source>
        <translation>, disrupted for %1 where known</translation>
    </message>
    <message>
        <source>The 360 degrees: people reached per month</source>
        <translation>The 360 degrees: people reached per month</translation>
    </message>
    <message>
        <source>people reached</source>
        <translation>people reached</translation>
    </message>
    <message>
        <source>live meetings / wanted</source>
        <translation>live meetings / wanted</translation>
    </message>
    <message>
        <source>%1: last reached %2 days ago (every %3 days); slipping</source>
        <translation>%1: last reached %2 days ago (every %3 days); slipping</translation>
    </message>
    <message>
        <source>%1: last reached %2 days ago (every %3 days)</source>
        <translation>%1: last reached %2 days ago (every %3 days)</translation>
    </message>
    <message>
        <source>Calls: the prompts used, per month</source>
        <translation>Calls: the prompts used, per month</translation>
    </message>
    <message>
        <source>calls and live meetings</source>
        <translation>calls and live meetings</translation>
    </message>
    <message>
        <source>first minutes: connect</source>
        <translation>first minutes: connect</translation>
    </message>
    <message>
        <source>last minutes: an action</source>
        <translation>last minutes: an action</translation>
    </message>
    <message>
        <source>next actions agreed</source>
        <translation>next actions agreed</translation>
    </message>
    <message>
        <source>next actions kept</source>
        <translation>next actions kept</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Last %1 weeks</source>
        <translation>Last %1 weeks</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
</context>
<context>
    <name>Said</name>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>%1 (new person)</source>
        <translation>%1 (new person)</translation>
    </message>
    <message>
        <source>%1 (now %2)</source>
        <translation>%1 (now %2)</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 with %2</translation>
    </message>
    <message>
        <source>Logged: %1</source>
        <translation>Logged: %1</translation>
    </message>
    <message>
        <source>trimmed %1 to %2</source>
        <translation>trimmed %1 to %2</translation>
    </message>
    <message>
        <source>split off %1 %2</source>
        <translation>split off %1 %2</translation>
    </message>
    <message>
        <source>replaced %1 %2</source>
        <translation>replaced %1 %2</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
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
        <source>me@work.example, me@home.example</source>
        <translation>me@work.example, me@home.example</translation>
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
        <source>Des&amp;ktop</source>
        <translation>Des&amp;ktop</translation>
    </message>
    <message>
        <source>Data and de&amp;vices</source>
        <translation>Data and de&amp;vices</translation>
    </message>
    <message>
        <source>Away:</source>
        <translation>Away:</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>Calls:</translation>
    </message>
    <message>
        <source>Log a disruption from anywhere:</source>
        <translation>Log a disruption from anywhere:</translation>
    </message>
    <message>
        <source>Weekly review:</source>
        <translation>Weekly review:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Week starts on:</source>
        <translation>Week starts on:</translation>
    </message>
    <message>
        <source>My e-&amp;mail addresses:</source>
        <translation>My e-&amp;mail addresses:</translation>
    </message>
    <message>
        <source>&amp;Nudges</source>
        <translation>&amp;Nudges</translation>
    </message>
    <message>
        <source>Calendars:</source>
        <translation>Calendars:</translation>
    </message>
    <message>
        <source>Export everything...</source>
        <translation>Export everything...</translation>
    </message>
    <message>
        <source>Your data:</source>
        <translation>Your data:</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <source>What went wrong, kept without your titles, names or notes: send it with a problem report.</source>
        <translation>What went wrong, kept without your titles, names or notes: send it with a problem report.</translation>
    </message>
    <message>
        <source>When something goes wrong:</source>
        <translation>When something goes wrong:</translation>
    </message>
    <message>
        <source>Ask what the time away was, after</source>
        <translation>Ask what the time away was, after</translation>
    </message>
    <message>
        <source>Away is detected through: %1</source>
        <translation>Away is detected through: %1</translation>
    </message>
    <message>
        <source>Nothing on this desktop says when you are away: no question is asked.</source>
        <translation>Nothing on this desktop says when you are away: no question is asked.</translation>
    </message>
    <message>
        <source>Offer the review of the week on</source>
        <translation>Offer the review of the week on</translation>
    </message>
    <message>
        <source>Standard (Monday)</source>
        <translation>Standard (Monday)</translation>
    </message>
    <message>
        <source>No file manager opened %1.</source>
        <translation>No file manager opened %1.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Inside a work block, nudges wait for a pause: after a call, a switch, your return, or this long without one, as a break suggestion.</source>
        <translation>Inside a work block, nudges wait for a pause: after a call, a switch, your return, or this long without one, as a break suggestion.</translation>
    </message>
    <message>
        <source>Notifications where the desktop shows their buttons</source>
        <translation>Notifications where the desktop shows their buttons</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Desktop notifications</translation>
    </message>
    <message>
        <source>Dayweave&apos;s own popup</source>
        <translation>Dayweave&apos;s own popup</translation>
    </message>
    <message>
        <source>Suggest a &amp;break after:</source>
        <translation>Suggest a &amp;break after:</translation>
    </message>
    <message>
        <source>Show nudges &amp;as:</source>
        <translation>Show nudges &amp;as:</translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation>Devices:</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Start Dayweave with your session? You can change this in Settings.</source>
        <translation>Start Dayweave with your session? You can change this in Settings.</translation>
    </message>
    <message>
        <source>Dayweave is in your system tray: right-click to log, left-click for the panel</source>
        <translation>Dayweave is in your system tray: right-click to log, left-click for the panel</translation>
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
    <name>ShortcutRow</name>
    <message>
        <source>the desktop&apos;s global shortcuts</source>
        <translation>the desktop&apos;s global shortcuts</translation>
    </message>
    <message>
        <source>KDE&apos;s global shortcuts</source>
        <translation>KDE&apos;s global shortcuts</translation>
    </message>
    <message>
        <source>a GNOME keyboard shortcut</source>
        <translation>a GNOME keyboard shortcut</translation>
    </message>
    <message>
        <source>This desktop offers no shortcut Dayweave can set: bind one in its settings to the command %1</source>
        <translation>This desktop offers no shortcut Dayweave can set: bind one in its settings to the command %1</translation>
    </message>
    <message>
        <source>%1 logs a disruption (through %2).</source>
        <translation>%1 logs a disruption (through %2).</translation>
    </message>
    <message>
        <source>Bind again</source>
        <translation>Bind again</translation>
    </message>
    <message>
        <source>Not bound yet (through %2).</source>
        <translation>Not bound yet (through %2).</translation>
    </message>
    <message>
        <source>Bind Super+Shift+D</source>
        <translation>Bind Super+Shift+D</translation>
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
    <message>
        <source>%1 is not a regular file; Dayweave never writes to one: remove it</source>
        <translation>%1 is not a regular file; Dayweave never writes to one: remove it</translation>
    </message>
    <message>
        <source>%1 is a link; Dayweave never writes through one</source>
        <translation>%1 is a link; Dayweave never writes through one</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a pipe or a device); nothing was written</source>
        <translation>%1 is not a regular file (a folder, a pipe or a device); nothing was written</translation>
    </message>
    <message>
        <source>the people of %1 are still arriving from the sync; try again in a moment</source>
        <translation>the people of %1 are still arriving from the sync; try again in a moment</translation>
    </message>
    <message>
        <source>the device id %1 was made on another machine (a copied configuration folder): this machine now writes as %2, and reads %1 as the other machine&apos;s</source>
        <translation>the device id %1 was made on another machine (a copied configuration folder): this machine now writes as %2, and reads %1 as the other machine&apos;s</translation>
    </message>
    <message>
        <source>the entries of %1 are still arriving from the sync; try again in a moment</source>
        <translation>the entries of %1 are still arriving from the sync; try again in a moment</translation>
    </message>
    <message>
        <source>%1 sync conflict copies merged: two machines write as this device (%2); remove the file device-id from the configuration folder of one of them</source>
        <translation>%1 sync conflict copies merged: two machines write as this device (%2); remove the file device-id from the configuration folder of one of them</translation>
    </message>
    <message>
        <source>no backup was taken (%1); what you did is saved, the next change tries again</source>
        <translation>no backup was taken (%1); what you did is saved, the next change tries again</translation>
    </message>
    <message>
        <source>the intentions of %1 are still arriving from the sync; try again in a moment</source>
        <translation>the intentions of %1 are still arriving from the sync; try again in a moment</translation>
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
        <source>Disrupted for: %1</source>
        <translation>Disrupted for: %1</translation>
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
        <source>&apos;%1&apos; is not a circle; use one of %2.</source>
        <translation>&apos;%1&apos; is not a circle; use one of %2.</translation>
    </message>
    <message>
        <source>Nothing running</source>
        <translation>Nothing running</translation>
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
        <source>%1&apos;s changes arrived %2</source>
        <translation>%1&apos;s changes arrived %2</translation>
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
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message numerus="yes">
        <source>%n nudge(s) waits for a pause</source>
        <translation>
            <numerusform>%n nudge waits for a pause</numerusform>
            <numerusform>%n nudges wait for a pause</numerusform>
        </translation>
    </message>
    <message>
        <source>No nudges waiting</source>
        <translation>No nudges waiting</translation>
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
        <source>End call</source>
        <translation>End call</translation>
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
        <source>No meeting ahead today</source>
        <translation>No meeting ahead today</translation>
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
    <message>
        <source>This week: %1</source>
        <translation>This week: %1</translation>
    </message>
</context>
<context>
    <name>Vcard</name>
    <message>
        <source>The card at line %1</source>
        <translation>The card at line %1</translation>
    </message>
    <message>
        <source>The file holds no vCard (no BEGIN:VCARD line).</source>
        <translation>The file holds no vCard (no BEGIN:VCARD line).</translation>
    </message>
    <message>
        <source>The card at line %1 has no name, company or e-mail address: skipped.</source>
        <translation>The card at line %1 has no name, company or e-mail address: skipped.</translation>
    </message>
    <message>
        <source>The card at line %1 is skipped: its name on line %2 is not UTF-8 or %3 text.</source>
        <translation>The card at line %1 is skipped: its name on line %2 is not UTF-8 or %3 text.</translation>
    </message>
    <message>
        <source>The card at line %1 is skipped: its name is longer than %2 characters.</source>
        <translation>The card at line %1 is skipped: its name is longer than %2 characters.</translation>
    </message>
    <message>
        <source>The card at line %1 is skipped: its name holds control characters.</source>
        <translation>The card at line %1 is skipped: its name holds control characters.</translation>
    </message>
    <message>
        <source>%1: line %2 is not a vCard property; left out.</source>
        <translation>%1: line %2 is not a vCard property; left out.</translation>
    </message>
    <message>
        <source>%1: line %2 (%3) is not text in any character set tried; left out.</source>
        <translation>%1: line %2 (%3) is not text in any character set tried; left out.</translation>
    </message>
    <message>
        <source>%1: line %2 names an unknown character set, %3; read as %4.</source>
        <translation>%1: line %2 names an unknown character set, %3; read as %4.</translation>
    </message>
    <message>
        <source>%1: line %2: %3 is not an e-mail address; left out.</source>
        <translation>%1: line %2: %3 is not an e-mail address; left out.</translation>
    </message>
    <message>
        <source>%1: more than 20 e-mail addresses; the first 20 are kept.</source>
        <translation>%1: more than 20 e-mail addresses; the first 20 are kept.</translation>
    </message>
    <message>
        <source>%1: line %2 (%3) holds characters that cannot be stored; left out.</source>
        <translation>%1: line %2 (%3) holds characters that cannot be stored; left out.</translation>
    </message>
    <message>
        <source>%1: the company is too long or holds control characters; left out.</source>
        <translation>%1: the company is too long or holds control characters; left out.</translation>
    </message>
    <message>
        <source>%1: the notes are longer than %2 characters; left out.</source>
        <translation>%1: the notes are longer than %2 characters; left out.</translation>
    </message>
    <message>
        <source>%1 is skipped: %2</source>
        <translation>%1 is skipped: %2</translation>
    </message>
    <message>
        <source>Read as %1 (the file&apos;s byte order mark says so).</source>
        <translation>Read as %1 (the file&apos;s byte order mark says so).</translation>
    </message>
    <message>
        <source>Read as %1 (no byte order mark; its zero bytes say so).</source>
        <translation>Read as %1 (no byte order mark; its zero bytes say so).</translation>
    </message>
    <message>
        <source>Read as UTF-8.</source>
        <translation>Read as UTF-8.</translation>
    </message>
    <message>
        <source>Read in the character sets the cards name: %1.</source>
        <translation>Read in the character sets the cards name: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) not in UTF-8 read as %1: check the names.</source>
        <translation>
            <numerusform>%n card not in UTF-8 read as %1: check the name.</numerusform>
            <numerusform>%n cards not in UTF-8 read as %1: check the names.</numerusform>
        </translation>
    </message>
    <message>
        <source>--charset names another code page.</source>
        <translation>--charset names another code page.</translation>
    </message>
    <message>
        <source>Added %1, merged %2, skipped %3.</source>
        <translation>Added %1, merged %2, skipped %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) without a name named after the company.</source>
        <translation>
            <numerusform>%n card without a name named after the company.</numerusform>
            <numerusform>%n cards without a name named after the company.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) without a name named after the e-mail address.</source>
        <translation>
            <numerusform>%n card without a name named after the e-mail address.</numerusform>
            <numerusform>%n cards without a name named after the e-mail address.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>Import cancelled: %1 of %2 cards written.</source>
        <translation>Import cancelled: %1 of %2 cards written.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>work</source>
        <comment>kind</comment>
        <translation>work</translation>
    </message>
    <message>
        <source>Life</source>
        <translation>Life</translation>
    </message>
    <message>
        <source>life</source>
        <comment>kind</comment>
        <translation>life</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>call</source>
        <comment>kind</comment>
        <translation>call</translation>
    </message>
    <message>
        <source>Live meeting</source>
        <translation>Live meeting</translation>
    </message>
    <message>
        <source>meeting</source>
        <comment>kind</comment>
        <translation>meeting</translation>
    </message>
    <message>
        <source>Disruption</source>
        <translation>Disruption</translation>
    </message>
    <message>
        <source>disruption</source>
        <comment>kind</comment>
        <translation>disruption</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>contact</source>
        <comment>kind</comment>
        <translation>contact</translation>
    </message>
    <message>
        <source>Meeting ran over</source>
        <translation>Meeting ran over</translation>
    </message>
    <message>
        <source>overrun</source>
        <comment>cause</comment>
        <translation>overrun</translation>
    </message>
    <message>
        <source>Late, parking</source>
        <translation>Late, parking</translation>
    </message>
    <message>
        <source>late</source>
        <comment>cause</comment>
        <translation>late</translation>
    </message>
    <message>
        <source>Tech, wifi</source>
        <translation>Tech, wifi</translation>
    </message>
    <message>
        <source>tech</source>
        <comment>cause</comment>
        <translation>tech</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Noise</translation>
    </message>
    <message>
        <source>noise</source>
        <comment>cause</comment>
        <translation>noise</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>family</source>
        <comment>cause</comment>
        <translation>family</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>A colleague</translation>
    </message>
    <message>
        <source>colleague</source>
        <comment>cause</comment>
        <translation>colleague</translation>
    </message>
    <message>
        <source>My own mind</source>
        <translation>My own mind</translation>
    </message>
    <message>
        <source>self</source>
        <comment>cause</comment>
        <translation>self</translation>
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
    <message>
        <source>O</source>
        <comment>letter of: Meeting ran over</comment>
        <translation>O</translation>
    </message>
    <message>
        <source>L</source>
        <comment>letter of: Late, parking</comment>
        <translation>L</translation>
    </message>
    <message>
        <source>T</source>
        <comment>letter of: Tech, wifi</comment>
        <translation>T</translation>
    </message>
    <message>
        <source>N</source>
        <comment>letter of: Noise</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>F</source>
        <comment>letter of: Family</comment>
        <translation>F</translation>
    </message>
    <message>
        <source>C</source>
        <comment>letter of: A colleague</comment>
        <translation>C</translation>
    </message>
    <message>
        <source>S</source>
        <comment>letter of: My own mind</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Not sorted yet</source>
        <translation>Not sorted yet</translation>
    </message>
</context>
<context>
    <name>Waiting</name>
    <message>
        <source>Waiting: %1</source>
        <translation>Waiting: %1</translation>
    </message>
</context>
<context>
    <name>WeekGaps</name>
    <message>
        <source>A break</source>
        <translation>A break</translation>
    </message>
    <message>
        <source>A disruption</source>
        <translation>A disruption</translation>
    </message>
    <message>
        <source>A live meeting with...</source>
        <translation>A live meeting with...</translation>
    </message>
    <message>
        <source>Still working</source>
        <translation>Still working</translation>
    </message>
    <message>
        <source>Split...</source>
        <translation>Split...</translation>
    </message>
    <message>
        <source>Time away %1–%2, not answered yet: the day list answers it</source>
        <translation>Time away %1–%2, not answered yet: the day list answers it</translation>
    </message>
    <message>
        <source>A live meeting</source>
        <translation>A live meeting</translation>
    </message>
    <message>
        <source>With whom? (names separated by commas)</source>
        <translation>With whom? (names separated by commas)</translation>
    </message>
</context>
<context>
    <name>WeekSearch</name>
    <message>
        <source>Search all history (Ctrl+F)</source>
        <translation>Search all history (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search all history</source>
        <translation>Search all history</translation>
    </message>
    <message>
        <source>Titles, notes, causes and people, in any case and with or without accents</source>
        <translation>Titles, notes, causes and people, in any case and with or without accents</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <source>%n found, newest first</source>
        <translation>
            <numerusform>%n found, newest first</numerusform>
            <numerusform>%n found, newest first</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>Nothing found for “%1”</translation>
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
        <source>Review...</source>
        <translation>Review...</translation>
    </message>
    <message>
        <source>What the last weeks and months show</source>
        <translation>What the last weeks and months show</translation>
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
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Show or hide the day list and the sidebar</source>
        <translation>Show or hide the day list and the sidebar</translation>
    </message>
    <message>
        <source>Day list</source>
        <translation>Day list</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
</context>
<context>
    <name>When</name>
    <message>
        <source>&apos;%1&apos; is not a time; use 9:15, &apos;tomorrow 10:00&apos;, 2026-11-26T09:15 or &apos;15m ago&apos;</source>
        <translation>&apos;%1&apos; is not a time; use 9:15, &apos;tomorrow 10:00&apos;, 2026-11-26T09:15 or &apos;15m ago&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; give a date as YYYY-MM-DD (2026-11-26), today, yesterday, tomorrow, or last (the week before this one)</source>
        <translation>&apos;%1&apos; is not a date; give a date as YYYY-MM-DD (2026-11-26), today, yesterday, tomorrow, or last (the week before this one)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: give a year from %2 to %3</source>
        <translation>&apos;%1&apos;: give a year from %2 to %3</translation>
    </message>
</context>
</TS>
