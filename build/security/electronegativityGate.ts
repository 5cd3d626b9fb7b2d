/**
 * The gate on Electronegativity's findings: a HIGH finding fails `npm test` unless it is listed, with the reason, as
 * a known false positive in build/electronegativity.json. Findings travel as CSV (the tool's own columns), which this
 * file writes and reads; the tool's CSV writer is not used because it writes the header and the rows with two
 * concurrent `fs.writeFile` calls, and the header can land over the first row (seen here: a CSP row cut in half).
 */

export type Severity = 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH';

export interface Finding {
  check: string;
  severity: Severity;
  confidence: string;
  /** Relative to the project root, with forward slashes; "N/A" for a finding of the whole application. */
  file: string;
  /** "line:column" */
  location: string;
  sample: string;
  description: string;
}

/** One known false positive: a check on one file, and why it does not apply. */
export interface KnownFalsePositive {
  check: string;
  file: string;
  why: string;
}

export interface GateConfig {
  electronVersion: string;
  /** Folders scanned, relative to the project root. */
  inputs: string[];
  /** Checks not run, each with the reason. */
  excludedChecks: { check: string; why: string }[];
  knownFalsePositives: KnownFalsePositive[];
}

export interface GateVerdict {
  /** HIGH findings nobody has explained: each fails the gate. */
  blocking: Finding[];
  /** Findings matched by a known false positive. */
  explained: Finding[];
  /** MEDIUM and lower findings nobody has explained: printed for review, not failing. */
  toReview: Finding[];
  /** Known false positives that no finding matched any more: the list should lose them. */
  stale: KnownFalsePositive[];
}

const COLUMNS = ['issue', 'severity', 'confidence', 'filename', 'location', 'sample', 'description', 'url'] as const;

export function gateFindings(
  findings: readonly Finding[],
  config: Pick<GateConfig, 'knownFalsePositives'>,
): GateVerdict {
  const matches = (known: KnownFalsePositive, finding: Finding) =>
    known.check === finding.check && known.file === finding.file;
  const verdict: GateVerdict = { blocking: [], explained: [], toReview: [], stale: [] };
  for (const finding of findings) {
    if (config.knownFalsePositives.some((known) => matches(known, finding))) verdict.explained.push(finding);
    else if (finding.severity === 'HIGH') verdict.blocking.push(finding);
    else verdict.toReview.push(finding);
  }
  verdict.stale = config.knownFalsePositives.filter((known) => !findings.some((finding) => matches(known, finding)));
  return verdict;
}

/** Findings as CSV with the tool's columns: every field quoted, quotes doubled, one row per line ending. */
export function findingsToCsv(findings: readonly Finding[]): string {
  const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;
  const rows = findings.map((finding) =>
    [
      finding.check,
      finding.severity,
      finding.confidence,
      finding.file,
      finding.location,
      finding.sample,
      finding.description,
      `https://github.com/doyensec/electronegativity/wiki/${finding.check}`,
    ]
      .map(quote)
      .join(','),
  );
  return `${[COLUMNS.join(','), ...rows].join('\n')}\n`;
}

/**
 * Findings read back from CSV (RFC 4180: quoted fields may hold commas, quotes and line breaks). The header names the
 * columns; an unknown severity is read as HIGH, so a file the gate cannot understand fails it rather than passes.
 */
export function findingsFromCsv(text: string): Finding[] {
  const records = parseCsv(text);
  const header = (records.shift() ?? []).map((name) => name.trim().toLowerCase());
  const column = (record: string[], name: (typeof COLUMNS)[number]) => record[header.indexOf(name)]?.trim() ?? '';
  return records
    .filter((record) => record.some((field) => field.trim() !== ''))
    .map((record) => {
      const severity = column(record, 'severity').toUpperCase();
      return {
        check: column(record, 'issue'),
        severity: (['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'].includes(severity) ? severity : 'HIGH') as Severity,
        confidence: column(record, 'confidence'),
        file: column(record, 'filename'),
        location: column(record, 'location'),
        sample: column(record, 'sample'),
        description: column(record, 'description'),
      };
    });
}

function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

/** The lines `npm test` prints for a verdict; the first says whether the gate passed. */
export function describeVerdict(verdict: GateVerdict, parseErrors: readonly string[]): string[] {
  const where = (finding: Finding) => `${finding.check} (${finding.severity}) ${finding.file}:${finding.location}`;
  const passed = verdict.blocking.length === 0 && parseErrors.length === 0;
  return [
    passed
      ? `electronegativity: passed: no unexplained HIGH finding (${verdict.explained.length} known false positives, ${verdict.toReview.length} lower findings to review)`
      : `electronegativity: FAILED: ${verdict.blocking.length} unexplained HIGH findings, ${parseErrors.length} files it could not read`,
    ...verdict.blocking.map(
      (finding) =>
        `  HIGH, fix it or list it with the reason in build/electronegativity.json: ${where(finding)}: ${finding.description}`,
    ),
    ...parseErrors.map((error) => `  not scanned (a file it cannot read is a file it did not check): ${error}`),
    ...verdict.toReview.map((finding) => `  to review: ${where(finding)}: ${finding.description}`),
    ...verdict.stale.map(
      (known) =>
        `  stale known false positive (no finding matches it any more; remove it): ${known.check} ${known.file}`,
    ),
  ];
}
