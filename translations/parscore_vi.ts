<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ParScore::AnswersParser</name>
    <message>
        <source>Cannot read the answers file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is too large to be an answers file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an answers file: the JSON is broken at byte %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an answers file: the file holds no JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an answers file: “format” is not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answers file has format version %1; this version of ParScore reads version %2. Install a newer ParScore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“answers” must be an object mapping node ids to answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The answers are invalid (%n problem(s)); nothing was applied</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>there is no such node in the criteria set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this node has sub-criteria; answer its sub-criteria instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this item is scored by the appraisers; the agency cannot answer it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a not-applicable answer has exactly the fields “notApplicable” and “reason”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“notApplicable” must be true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a not-applicable answer needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this item cannot be marked not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 item is answered with {%2} (or not applicable); this answer has {%3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“points” must be a number from 0 to %1 with at most two decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“points” must be a multiple of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“yes” must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“option” must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“checked” must be a list of item ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an item of this checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item “%1” is checked twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“value” must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the numerator (%1) is larger than the denominator (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the denominator is 0 (did not arise), but this item cannot be not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“percent” must be a number from 0 to 100 with at most two decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a whole number from 0 to 10^15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object mapping item ids to counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such item in the criteria set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParScore::BuiltinCriteria</name>
    <message>
        <source>There is no built-in criteria set “%1”. Built-in sets: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParScore::Cli::CommandLine</name>
    <message>
        <source>Run “parscore-cli %1 --help” for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number of arguments for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParScore::Cli::CriteriaCommands</name>
    <message>
        <source>Lists the criteria sets built into ParScore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validates a criteria set file and lists every problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criteria set (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: %1 @ %2 (%3), %4 nodes, %5 leaves, %6 points, SHA-256 %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints a built-in criteria set&apos;s JSON exactly as shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>builtin:ID or builtin:ID@VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only built-in sets can be exported; write builtin:ID[@VERSION] (see “parscore-cli criteria list”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParScore::Cli::Main</name>
    <message>
        <source>Usage: parscore-cli [--lang vi|en] COMMAND [OPTIONS]

ParScore scores the PAR Index (Chỉ số cải cách hành chính) offline.

Commands:
  criteria list [--json]            the built-in criteria sets
  criteria check FILE.json          validate a criteria set, list every problem
  criteria export builtin:ID[@VER]  print a built-in set&apos;s JSON as shipped
  score --criteria SPEC --answers FILE [--as agency|appraiser] [--json] [--explain]
                                    score one layer of answers

Run “parscore-cli COMMAND --help” for a command&apos;s options.
Exit status: 0 success, 1 invalid input or usage, 2 a file cannot be read or written.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language “%1”; use vi or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParScore::Cli::ScoreCommand</name>
    <message>
        <source>Scores one layer of answers against a criteria set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criteria set: a JSON file or builtin:ID[@VERSION].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers file (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score as the agency (default; appraiser items left out) or as the appraiser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show how every item&apos;s points were worked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as must be agency or appraiser, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParScore::Cli::ScoreTable</name>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ILLUSTRATIVE criteria set (minh họa): not the province&apos;s official set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT criteria set: not yet official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria set %1 @ %2, SHA-256 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored as: the agency (self-assessment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored as: the appraisers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (the maximum is 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParScore::CriteriaParser</name>
    <message>
        <source>node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the criteria file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is too large to be a criteria set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a criteria set: the JSON is broken at byte %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a criteria set: the file holds no JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a criteria set: “format” is not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This criteria set has format version %1; this version of ParScore reads version %2. Install a newer ParScore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“nodes” must be a non-empty list of areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The criteria set is invalid (%n problem(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“status” is “%1”; it must be official, draft or illustrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“unitKinds” must be a list of agency groups such as &quot;so&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“unitKinds” must hold non-empty texts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“grades” must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with “label” and “minPercent”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another grade (“%1”) has the same minPercent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with “maxPoints” and “items”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“items” must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with “id”, “title” and “points”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id “%1” is used more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“id” must be a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id is used by more than one node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“children” must be a list of nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“scoredBy” must be agency or appraiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“notApplicable” must be forbidden, exclude, full or zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node with children cannot have a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“scoredBy” and “notApplicable” apply to leaves only and are ignored here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a leaf (a node without children) needs a “rule”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maxPoints is %1 but its children add up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the areas add up to %1 points, not 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“rule” must be an object with a “kind”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule kind “%1” is unknown; use manual, boolean, choice, checklist, ratio, tiers, deduction or percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“step” must be greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“floorPercent” must not be above “fullAtPercent”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“perItem” must be greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“floorPoints” (%1) must not be above maxPoints (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule needs a non-empty list “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with “id”, “label” and “points”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option “%1” gives %2 points, more than the maximum %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tiers rule needs “input”: percent or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule needs a non-empty list “tiers”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with “atLeast” and “points”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gives %1 points, more than the maximum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two tiers start at the same “atLeast”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParScore::JsonFields</name>
    <message>
        <source>“%1” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2; it must be between %3 and %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2; it may have at most %3 decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field “%1” is ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParScore::RuleEngine</name>
    <message>
        <source>Not answered → 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points entered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes → the maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No → 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → left out of both the points and the maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → scores the maximum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0/0: did not arise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, below every tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked %n item(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>capped at the maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not below %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
