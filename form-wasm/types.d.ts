
/** A message argument: numbers stay numbers so plural forms work; a decimal answer among a
 *  rule's arguments is its text as stored (`"1250.50"`, as in the cleaned submission). */
export type Arg = string | number;
/** Answers keyed by field id; group fields hold arrays of such objects. */
export type Answers = Record<string, unknown>;
/** A problem in a schema, located by JSON pointer (and column inside expressions). */
export interface Diagnostic {
  severity: "error" | "warning";
  code: string;
  pointer: string;
  column?: number;
  args?: Record<string, Arg>;
}
/** Every code an issue can have; the engine's message is `error-<code>`. */
export type IssueCode =
  | "required" | "wrong-type" | "too-short" | "too-long" | "pattern" | "invalid-email"
  | "invalid-tel" | "invalid-integer" | "invalid-decimal" | "ambiguous-decimal" | "too-small" | "too-large"
  | "invalid-date" | "date-incomplete" | "date-too-early" | "date-too-late"
  | "invalid-partial-date" | "invalid-choice" | "too-few-selected" | "too-many-selected" | "exclusive-option"
  | "too-few-items" | "too-many-items" | "not-an-object" | "plausibility" | "invalid-iban"
  | "characters" | "invalid-time" | "time-too-early" | "time-too-late";
/** One problem with a submission. */
export interface Issue {
  /** `email`, `family_members[1].member_birth_date`; empty for the whole submission. */
  path: string;
  code: IssueCode;
  /** Fluent message id. */
  message: string;
  /** Message id of the field's label (formatted and passed as `$label`). */
  label?: string;
  rule?: string;
  fields?: string[];
  args: Record<string, Arg>;
}
export interface Dropped { path: string; reason: "hidden" | "unknown"; }
export interface Report {
  valid: boolean;
  issues: Issue[];
  /** The normalised submission without hidden or unknown fields: what to send. */
  cleaned: Answers;
  dropped: Dropped[];
}
export interface VisibleItem { path: string; visible: boolean; }
export interface Visibility { pages: VisibleItem[]; fields: VisibleItem[]; }
export interface ResourceError { resource: string; line: number; kind: string; }

/** The page flow (form_core::flow): what "Continue" on a page leads to. */
export type Next =
  | { kind: "stay"; issues: Issue[] }
  | { kind: "page"; page: number; issues: Issue[] }
  | { kind: "check" };
/** What "Send" on "check your answers" leads to. */
export type Send =
  | { kind: "send" }
  | { kind: "fix"; page: number | null; issues: Issue[] };
/** An answer as shown on "check your answers" (from the cleaned submission). */
export type Shown =
  | { kind: "nothing" }
  | { kind: "text"; text: string }
  /** A number in canonical text (`.` as separator): write it with the reader's separator. */
  | { kind: "number"; text: string }
  | { kind: "date"; year: number; month: number | null; day: number | null }
  | { kind: "options"; labels: string[] }
  | { kind: "yes" }
  | { kind: "no" }
  | { kind: "items"; count: number };
export type Row =
  | { kind: "answer"; path: string; label: string; value: Shown }
  | { kind: "item"; label: string; number: number };
export interface Section { page: number; heading: string; rows: Row[]; }

/** The wire (form_core::wire): what the browser sends to the receiving service. */
export interface Envelope {
  formId: string;
  schemaVersion: string;
  locale: string;
  idempotencyKey: string;
  submission: Answers;
}
/** The service's answer to a stored submission (201). */
export interface Accepted { reference: string; }
/** Why the service did not store a submission. */
export type ErrorCode =
  | "invalid" | "malformed-json" | "form-mismatch" | "bad-idempotency-key"
  | "missing-submission" | "too-many-fields" | "unknown-form" | "not-found"
  | "method-not-allowed" | "wrong-schema-version" | "forbidden-origin" | "payload-too-large"
  | "unsupported-media-type" | "rate-limited" | "busy" | "storage-unavailable" | "internal";
/** An issue as the service sends it: with its text in the applicant's language. */
export interface WireIssue {
  path: string;
  code: IssueCode;
  message: string;
  label?: string;
  rule?: string;
  fields?: string[];
  args: Record<string, Arg>;
  text?: string;
}
/** Every answer of the service other than 201. */
export interface Refusal {
  error: ErrorCode;
  issues?: WireIssue[];
  locale?: string;
  expected?: string;
  max?: number;
  /** For `malformed-json` when the body is not JSON: where reading stopped (line and
   * column from 1, the column in characters) and what most likely is wrong there. */
  line?: number;
  column?: number;
  problem?: string;
}
