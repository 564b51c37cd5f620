//! form-wasm: the form engine in the browser.
//!
//! A thin wasm-bindgen adapter over `form-core`: it converts JavaScript values to JSON and
//! back and has its own camelCase TypeScript types. There is no form logic here.
//!
//! Architecture invariant: every verdict comes from form-core; this crate only adapts
//! types, so the browser gives exactly the server's answer.

use form_core::flow::Step;
use form_core::json::{Json, Node};
use form_core::{Catalog, Context, Date, Diagnostic, Form, Locale, Severity};
use serde_json::Value;
use wasm_bindgen::prelude::*;

/// The TypeScript declarations of the values that cross the boundary (`types.d.ts`,
/// appended to the generated `.d.ts`). `tests/typescript.rs` checks them against the
/// serde shapes of form-core.
pub const TYPES: &str = include_str!("../types.d.ts");

#[wasm_bindgen(typescript_custom_section)]
const TS_SECTION: &str = TYPES;

fn to_js(v: &impl serde::Serialize) -> Result<JsValue, JsError> {
    let text = serde_json::to_string(v).map_err(|e| JsError::new(&e.to_string()))?;
    js_sys::JSON::parse(&text).map_err(|_| JsError::new("JSON.parse failed"))
}

/// A JavaScript value as a `Value`, read as a [`Node`] first: the module carries one JSON
/// reader, not two.
fn from_js(v: &JsValue) -> Result<Value, JsError> {
    form_core::json::parse_value(&answers_text(v)?).map_err(|e| JsError::new(&e.to_string()))
}

/// A submission's JSON text (`JSON.stringify`, native in the browser); `null` for none.
/// Read with [`answers`] into a [`Node`], which borrows its strings from this text: about
/// a third of the work of reading it into a `Value` (no map of keys, no copies).
fn answers_text(v: &JsValue) -> Result<String, JsError> {
    if v.is_undefined() || v.is_null() {
        return Ok("null".to_owned());
    }
    Ok(js_sys::JSON::stringify(v)
        .map_err(|_| JsError::new("the value cannot be turned into JSON"))?
        .into())
}

fn answers(text: &str) -> Result<Node<'_>, JsError> {
    Node::parse(text).map_err(|e| JsError::new(&e.to_string()))
}

fn context(today: &str) -> Result<Context, JsError> {
    Date::parse_iso(today)
        .map(|today| Context { today })
        .map_err(|_| JsError::new("today must be a date written YYYY-MM-DD"))
}

/// The text direction of a locale: `"rtl"` for Arabic, Persian, Hebrew, ... else `"ltr"`.
#[wasm_bindgen(js_name = textDirection)]
pub fn text_direction(locale: &str) -> String {
    Locale::parse(locale)
        .map_or(Locale::fallback().direction(), |l| l.direction())
        .as_str()
        .to_owned()
}

/// A compiled form with its messages.
#[wasm_bindgen]
pub struct FormEngine {
    form: Option<Form>,
    diagnostics: Vec<Diagnostic>,
    catalog: Catalog,
}

// A hand-written Debug keeps the derived Debug code of the whole compiled form out of
// the bundle.
impl std::fmt::Debug for FormEngine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FormEngine")
    }
}

impl FormEngine {
    fn form(&self) -> Result<&Form, JsError> {
        self.form
            .as_ref()
            .ok_or_else(|| JsError::new("the schema has errors; see `diagnostics`"))
    }
    /// The language for texts: one of the form's languages once there is a form (so that
    /// the engine's messages and the form's are in the same one), else of the catalog's;
    /// a pseudo-locale (`addPseudoLocale`) as asked.
    fn locale(&self, tag: &str) -> Locale {
        match &self.form {
            Some(form) if !form_core::Pseudo::ALL.iter().any(|p| p.tag() == tag) => {
                form.negotiate(&[tag])
            }
            _ => self.catalog.negotiate(&[tag]),
        }
    }
}

#[wasm_bindgen]
impl FormEngine {
    /// Loads a compiled form packed by `form pack` or served as `/forms/<id>.form` (the
    /// runtime build has only this, no schema compiler); throws if the bytes are not a
    /// packed form of this engine version.
    #[wasm_bindgen(js_name = fromPacked)]
    pub fn from_packed(bytes: &[u8]) -> Result<FormEngine, JsError> {
        let form = form_core::packed::decode(bytes).map_err(|e| JsError::new(&e.to_string()))?;
        Ok(FormEngine {
            catalog: Catalog::new(form.default_locale.clone()),
            form: Some(form),
            diagnostics: Vec::new(),
        })
    }

    /// Compiles a schema (JSON text). Never throws: check `ok` and `diagnostics`.
    /// (Not in the runtime build, which loads packed forms only.)
    #[cfg(feature = "compiler")]
    #[wasm_bindgen(constructor)]
    pub fn new(schema_json: &str) -> FormEngine {
        let compiled = form_core::compile(schema_json);
        let default = compiled
            .form
            .as_ref()
            .map_or_else(Locale::fallback, |f| f.default_locale.clone());
        FormEngine {
            form: compiled.form,
            diagnostics: compiled.diagnostics,
            catalog: Catalog::new(default),
        }
    }

    /// True when the schema compiled without errors (warnings allowed).
    #[wasm_bindgen(getter)]
    pub fn ok(&self) -> bool {
        self.form.is_some()
            && !self
                .diagnostics
                .iter()
                .any(|d| d.severity == Severity::Error)
    }

    /// Every problem found in the schema.
    #[wasm_bindgen(getter, unchecked_return_type = "Diagnostic[]")]
    pub fn diagnostics(&self) -> Result<JsValue, JsError> {
        to_js(&self.diagnostics)
    }

    #[wasm_bindgen(getter, js_name = formId)]
    pub fn form_id(&self) -> Option<String> {
        self.form.as_ref().map(|f| f.id.clone())
    }

    #[wasm_bindgen(getter, js_name = formVersion)]
    pub fn form_version(&self) -> Option<String> {
        self.form.as_ref().map(|f| f.version.clone())
    }

    #[wasm_bindgen(getter, js_name = defaultLocale)]
    pub fn default_locale(&self) -> String {
        self.catalog.default_locale().to_string()
    }

    /// Adds the text of a Fluent (`.ftl`) file for `locale`; returns its syntax errors
    /// (the entries that parsed are still added).
    #[wasm_bindgen(js_name = addMessages, unchecked_return_type = "ResourceError[]")]
    pub fn add_messages(
        &mut self,
        locale: &str,
        ftl: &str,
        name: Option<String>,
    ) -> Result<JsValue, JsError> {
        let l = Locale::parse(locale).map_err(|e| JsError::new(&e.to_string()))?;
        let errors = self
            .catalog
            .add_resource(&l, name.as_deref().unwrap_or("messages.ftl"), ftl);
        let list: Vec<Value> = errors
            .iter()
            .map(|e| serde_json::json!({ "resource": e.resource, "line": e.line, "kind": e.kind.as_str() }))
            .collect();
        to_js(&list)
    }

    /// Adds the pseudo-locale `en-XA` (accented, longer) or `ar-XB` (mirrored, right to
    /// left), made from the English messages added so far; returns its tag.
    #[wasm_bindgen(js_name = addPseudoLocale)]
    pub fn add_pseudo_locale(&mut self, tag: &str) -> Result<String, JsError> {
        let pseudo = form_core::Pseudo::ALL
            .into_iter()
            .find(|p| p.tag() == tag)
            .ok_or_else(|| JsError::new("expected en-XA or ar-XB"))?;
        Ok(self
            .catalog
            .add_pseudo(pseudo, &Locale::fallback())
            .to_string())
    }

    /// The order of the day, month and year inputs in a locale.
    #[wasm_bindgen(js_name = dateOrder, unchecked_return_type = "(\"day\" | \"month\" | \"year\")[]")]
    pub fn date_order(&self, locale: &str) -> Vec<String> {
        self.catalog
            .date_order(&self.locale(locale))
            .iter()
            .map(|p| match p {
                form_core::DatePart::Day => "day".to_owned(),
                form_core::DatePart::Month => "month".to_owned(),
                form_core::DatePart::Year => "year".to_owned(),
            })
            .collect()
    }

    /// The best locale with messages for a list of preferred tags (`navigator.languages`),
    /// falling back to the form's default language; once there is a form, one of the
    /// form's languages (texts about a form are in one of them), and before any of them
    /// has messages, the best of all of them (to know which messages to load).
    pub fn negotiate(
        &self,
        #[wasm_bindgen(unchecked_param_type = "readonly string[]")] preferred: Vec<String>,
    ) -> String {
        match &self.form {
            Some(form) => {
                // Before any messages are added (pick the language, then load it), all of
                // the form's languages.
                let mut loaded = self.catalog.locales();
                loaded.retain(|l| form.languages.contains(l));
                let offered = if loaded.is_empty() {
                    &form.languages
                } else {
                    &loaded
                };
                form_core::messages::negotiate_among(offered, &preferred, &form.default_locale)
            }
            None => self.catalog.negotiate(&preferred),
        }
        .to_string()
    }

    /// Validates a whole submission as of `today` (`YYYY-MM-DD`).
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn validate(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Answers")] data: JsValue,
        today: &str,
    ) -> Result<JsValue, JsError> {
        let text = answers_text(&data)?;
        to_js(&self.form()?.validate(&answers(&text)?, &context(today)?))
    }

    /// The fast yes/no path.
    #[wasm_bindgen(js_name = isValid)]
    pub fn is_valid(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Answers")] data: JsValue,
        today: &str,
    ) -> Result<bool, JsError> {
        let text = answers_text(&data)?;
        Ok(self.form()?.is_valid(&answers(&text)?, &context(today)?))
    }

    /// The issues that concern one field path (its own, and rules that name it).
    #[wasm_bindgen(js_name = validateField, unchecked_return_type = "Issue[]")]
    pub fn validate_field(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Answers")] data: JsValue,
        today: &str,
        path: &str,
    ) -> Result<JsValue, JsError> {
        let text = answers_text(&data)?;
        let data = answers(&text)?;
        let report = self.form()?.validate(&data, &context(today)?);
        let issues: Vec<_> = report.issues_for(path).collect();
        to_js(&issues)
    }

    /// Which pages and fields are visible for these answers (only visibility is
    /// computed, nothing is checked: cheap enough for every keystroke).
    #[wasm_bindgen(unchecked_return_type = "Visibility")]
    pub fn visibility(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Answers")] data: JsValue,
        today: &str,
    ) -> Result<JsValue, JsError> {
        let text = answers_text(&data)?;
        to_js(&self.form()?.visibility(&answers(&text)?, &context(today)?))
    }

    /// The indices of the pages shown for these answers.
    #[wasm_bindgen(js_name = visiblePages)]
    pub fn visible_pages(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Answers")] data: JsValue,
        today: &str,
    ) -> Result<Vec<u32>, JsError> {
        let form = self.form()?;
        let text = answers_text(&data)?;
        let vis = form.visibility(&answers(&text)?, &context(today)?);
        Ok(form
            .visible_pages(&vis)
            .into_iter()
            .map(|p| p as u32)
            .collect())
    }

    /// "Continue" on page `page` (`returning`: the applicant came from "check your
    /// answers" and goes back there).
    #[wasm_bindgen(unchecked_return_type = "Next")]
    pub fn next(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Answers")] data: JsValue,
        today: &str,
        page: u32,
        returning: bool,
    ) -> Result<JsValue, JsError> {
        let form = self.form()?;
        let text = answers_text(&data)?;
        let data = answers(&text)?;
        let (report, vis) = form.evaluate(&data, &context(today)?);
        to_js(&form.next(&report, &vis, page as usize, returning))
    }

    /// "Back" from page `page` (`undefined`: from "check your answers"): the previous page
    /// shown, if any.
    pub fn back(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Answers")] data: JsValue,
        today: &str,
        page: Option<u32>,
    ) -> Result<Option<u32>, JsError> {
        let form = self.form()?;
        let text = answers_text(&data)?;
        let vis = form.visibility(&answers(&text)?, &context(today)?);
        let step = page.map_or(Step::Check, |p| Step::Page(p as usize));
        Ok(form.back(&vis, &step).map(|p| p as u32))
    }

    /// "Send" on "check your answers": send `cleaned`, or fix these issues on this page.
    #[wasm_bindgen(unchecked_return_type = "Send")]
    pub fn send(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Answers")] data: JsValue,
        today: &str,
    ) -> Result<JsValue, JsError> {
        let form = self.form()?;
        let text = answers_text(&data)?;
        to_js(&form.send(&form.validate(&answers(&text)?, &context(today)?)))
    }

    /// The rows of "check your answers" (answers as they will be stored).
    #[wasm_bindgen(js_name = checkAnswers, unchecked_return_type = "Section[]")]
    pub fn check_answers(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Answers")] data: JsValue,
        today: &str,
    ) -> Result<JsValue, JsError> {
        let form = self.form()?;
        let text = answers_text(&data)?;
        let data = answers(&text)?;
        let (report, vis) = form.evaluate(&data, &context(today)?);
        to_js(&form.check_answers(&report, &vis))
    }

    /// What a draft kept on the applicant's device may hold: the answers without those of
    /// hidden fields.
    #[wasm_bindgen(unchecked_return_type = "Answers")]
    pub fn draft(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Answers")] data: JsValue,
        today: &str,
    ) -> Result<JsValue, JsError> {
        let form = self.form()?;
        let text = answers_text(&data)?;
        let data = answers(&text)?;
        let vis = form.visibility(&data, &context(today)?);
        to_js(&form.draft(&data.to_value(), &vis))
    }

    /// The page a field path is on.
    #[wasm_bindgen(js_name = pageOf)]
    pub fn page_of(&self, path: &str) -> Result<Option<u32>, JsError> {
        Ok(self.form()?.page_of(path).map(|p| p as u32))
    }

    /// The normalised, minimised submission: what to send to the server.
    #[wasm_bindgen(unchecked_return_type = "Answers")]
    pub fn cleaned(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Answers")] data: JsValue,
        today: &str,
    ) -> Result<JsValue, JsError> {
        let text = answers_text(&data)?;
        to_js(
            &self
                .form()?
                .validate(&answers(&text)?, &context(today)?)
                .cleaned,
        )
    }

    /// The report as JSON text with every issue rendered in `locale`: the same bytes the
    /// `form validate --format json` command prints.
    #[wasm_bindgen(js_name = validateJson)]
    pub fn validate_json(
        &self,
        data_json: &str,
        today: &str,
        locale: &str,
    ) -> Result<String, JsError> {
        let form = self.form()?;
        let data = answers(data_json)?;
        let ctx = context(today)?;
        let report = form.validate(&data, &ctx);
        Ok(form_core::render::report_json(
            form,
            &self.catalog,
            &self.locale(locale),
            ctx.today,
            &report,
        ))
    }

    /// Formats a message with arguments in `locale` (falling back to the default language).
    pub fn format(
        &self,
        locale: &str,
        id: &str,
        #[wasm_bindgen(unchecked_param_type = "Record<string, Arg> | undefined")] args: JsValue,
    ) -> Result<String, JsError> {
        let args = match from_js(&args)? {
            Value::Null => form_core::Args::new(),
            v => form_core::wire::args_from_value(Some(&v))
                .ok_or_else(|| JsError::new("arguments must be numbers or strings"))?,
        };
        Ok(self.catalog.text(&self.locale(locale), id, &args))
    }

    /// Renders an issue of a report in `locale` (its label formatted as `$label`; an issue of
    /// a question of one item of a group with the item first, "Person 2: ...").
    #[wasm_bindgen(js_name = renderIssue)]
    pub fn render_issue(
        &self,
        locale: &str,
        #[wasm_bindgen(unchecked_param_type = "Issue")] issue: JsValue,
    ) -> Result<String, JsError> {
        let issue = form_core::wire::issue_from_value(&from_js(&issue)?)
            .ok_or_else(|| JsError::new("not an issue"))?;
        Ok(self
            .catalog
            .render_issue(&self.locale(locale), &issue, self.form.as_ref()))
    }

    /// A number in canonical text (`23.5`, a `Shown` of kind `number`) as people write it
    /// in `locale` (`23,5` in German).
    #[wasm_bindgen(js_name = numberText)]
    pub fn number_text(&self, locale: &str, text: &str) -> String {
        self.catalog.number_text(&self.locale(locale), text)
    }

    /// A date, or a month and year, or a year (a `Shown` of kind `date`) as people write it
    /// in `locale` (`27. März 1985`).
    #[wasm_bindgen(js_name = dateText)]
    pub fn date_text(&self, locale: &str, year: i32, month: Option<u8>, day: Option<u8>) -> String {
        self.catalog
            .date_text(&self.locale(locale), year, month, day)
    }

    /// The direction of a locale, for `dir` on the form's root.
    pub fn direction(&self, locale: &str) -> String {
        self.locale(locale).direction().as_str().to_owned()
    }
}
