//! Drawing: GOV.UK Design System patterns (labels and hints, fieldset and legend, the
//! three-part date, error summary, inline errors linked by aria-describedby).

use std::rc::Rc;

use form_core::date::Precision;
use form_core::flow::{Row, Step};
use form_core::{Arg, DatePart, FieldDef, Widget};
use serde_json::Value;
use wasm_bindgen::JsCast;
use yew::html::Scope;
use yew::prelude::*;

use crate::app::{At, FormApp, Msg, Problem, Sending};
use crate::net;

type Ctx = Scope<crate::Embed>;

fn input_value(e: &Event) -> String {
    e.target()
        .and_then(|t| {
            if let Some(i) = t.dyn_ref::<web_sys::HtmlInputElement>() {
                Some(i.value())
            } else if let Some(s) = t.dyn_ref::<web_sys::HtmlSelectElement>() {
                Some(s.value())
            } else {
                t.dyn_ref::<web_sys::HtmlTextAreaElement>()
                    .map(|a| a.value())
            }
        })
        .unwrap_or_default()
}

fn checked(e: &Event) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|i| i.checked())
}

pub fn text_of(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

fn part(v: Option<&Value>, p: &str) -> String {
    text_of(v.and_then(|v| v.get(p)))
}

/// The parts of a date input asked for, in the reader's order: (name, label message).
pub fn date_parts(
    app: &FormApp,
    asked: Precision,
) -> impl Iterator<Item = (&'static str, &'static str)> {
    app.catalog
        .date_order(&app.locale)
        .into_iter()
        .filter_map(move |p| match p {
            DatePart::Day => (asked == Precision::Full).then_some(("day", "form-date-day")),
            DatePart::Month => (asked != Precision::Year).then_some(("month", "form-date-month")),
            DatePart::Year => Some(("year", "form-date-year")),
        })
}

/// The parts of a date input to mark as wrong, in the reader's order: those the error at
/// `path` blames (a day its month does not have, a missing month), else all shown.
pub fn wrong_parts(app: &FormApp, path: &str, asked: Precision) -> Vec<&'static str> {
    let blamed = app
        .errors
        .iter()
        .find(|e| e.path == path)
        .and_then(form_core::Issue::date_parts)
        .unwrap_or_default();
    let is_blamed = |p: &&str| blamed.split('-').any(|b| b == *p);
    let mut shown: Vec<&'static str> = date_parts(app, asked).map(|(p, _)| p).collect();
    if shown.iter().any(is_blamed) {
        shown.retain(is_blamed);
    }
    shown
}

pub fn root(app: &FormApp, ctx: &Ctx) -> Html {
    app.shown.borrow_mut().clear();
    let dir = app.locale.direction().as_str();
    let vis = &app.vis;
    let body = match &app.step {
        Step::Page(p) => page(app, ctx, *p, vis),
        Step::Check => check(app, ctx),
        Step::Done(reference) => html! {
            <div class="fe-panel" id={app.id("heading")} tabindex="-1">
                <h2 class="fe-panel-title">{ app.t("form-submitted") }</h2>
                <p>{ app.t_args("form-reference", &[("reference", Arg::Str(reference.clone()))]) }</p>
            </div>
        },
    };
    // Focus that lands under a sticky header of the page (Tab, a click) is moved clear,
    // once the mouse button that gave it is up (`Msg::Reveal`).
    let onfocusin = ctx.batch_callback(|e: FocusEvent| {
        // (What takes focus in the form is an element.)
        e.target().map(|t| Msg::Reveal(t.unchecked_into()))
    });
    let onmousedown = Callback::from(|_: MouseEvent| net::press(true));
    let onmouseup = Callback::from(|_: MouseEvent| net::press(false));
    html! {
        <div class="fe-root" lang={app.locale.to_string()} dir={dir} id={app.id("top")} {onfocusin} {onmousedown} {onmouseup}>
            { language(app, ctx) }
            { body }
            // Each message in an element of its own (see `FormApp::drawn`), in the live
            // region that stays.
            <p class="fe-status" role="status" aria-live="polite" id={app.id("status")}>
                <span key={app.status.as_str()}>{ app.status.clone() }</span>
            </p>
        </div>
    }
}

fn language(app: &FormApp, ctx: &Ctx) -> Html {
    let onchange = ctx.callback(|e: Event| Msg::Locale(input_value(&e)));
    let current = app.locale.to_string();
    let error_id = app.id("language-error");
    let failed = app.language_failed.then(|| {
        html! { <p class="fe-error" id={error_id.clone()}>{ app.t("form-language-failed") }</p> }
    });
    let described = app.language_failed.then(|| error_id.clone());
    // A language still loading (a slow network: up to 20 s) is said under the switch, in
    // the language the form is in and with the chosen one's own name, which its reader can
    // read; in a live region that stays, each time in new nodes (see `FormApp::drawn`).
    let chosen = app.chosen.as_ref().map(|l| l.to_string());
    let loading = chosen.as_ref().map(|tag| {
        html! {
            <>{ app.t("form-language-loading") }{ " " }
            <span lang={tag.clone()} dir="auto">{ app.t(&format!("language-{tag}")) }</span></>
        }
    });
    html! {
        <div class="fe-language">
            <label class="fe-label-inline" key={current.as_str()} for={app.id("language")}>{ app.t("form-language") }</label>
            <select class="fe-input fe-select-inline" id={app.id("language")} {onchange}
                aria-describedby={described}>
            { for app.setup.config.languages.iter().map(|l| {
                let tag = l.to_string();
                html! {
                    <option value={tag.clone()} lang={tag.clone()} selected={tag == current}>
                        { app.t(&format!("language-{tag}")) }
                    </option>
                }
            }) }
            </select>
            // (Not `fe-status`: the loader writes the form's own status line by that class.)
            <p role="status">
                <span key={chosen.unwrap_or_default()}>{ for loading }</span>
            </p>
            { for failed }
        </div>
    }
}

/// The longest text an input takes. Not the schema's exact `maxLength`: the browser counts
/// UTF-16 units and would cut a name with combining accents short of its real limit, and
/// silently, so the engine reports the exact limit as an error instead. This cap only keeps
/// a huge paste from freezing the page.
fn input_cap(max_chars: Option<u32>, multiline: bool) -> u32 {
    match max_chars {
        Some(n) => n.saturating_mul(2).saturating_add(20),
        None if multiline => 10_000,
        None => 1_000,
    }
}

/// Why the answers were not sent and what to do: try again, copy the answers.
fn notice(app: &FormApp, ctx: &Ctx) -> Html {
    let Sending::Failed(problem) = app.sending else {
        return html! {};
    };
    let again = ctx.callback(|_: MouseEvent| Msg::Continue);
    let copy = ctx.callback(|_: MouseEvent| Msg::Copy);
    let retry = (problem == Problem::Down).then(|| {
        html! { <button type="button" class="fe-button" onclick={again}>{ app.t("form-try-again") }</button> }
    });
    html! {
        <div class="fe-notice fe-notice-error" id={app.id("notice")} tabindex="-1"
            aria-labelledby={app.id("notice-title")}>
            <h2 id={app.id("notice-title")}>{ app.t("form-problem-not-sent-title") }</h2>
            <p>{ app.t(problem.message()) }</p>
            { for retry }
            <button type="button" class="fe-button fe-secondary" onclick={copy}>{ app.t("form-copy-answers") }</button>
            <p class="fe-status" role="status">{ app.copied.filter(|_| !app.copying).map(|c| app.t(if c { "form-copied" } else { "form-copy-refused" })) }</p>
            // Where the browser does not allow the clipboard: the answers shown, to be
            // copied by hand (selected and focused, `FormApp::rendered`).
            { for (app.copied == Some(false)).then(|| html! {
                <textarea class="fe-input" id={app.id("answers-text")} readonly=true rows="8"
                    aria-label={app.t("form-copy-answers")} value={app.answers_text()} />
            }) }
        </div>
    }
}

/// The answers as plain text, page by page, as "check your answers" shows them.
pub fn answers_text(app: &FormApp, sections: &[form_core::flow::Section]) -> String {
    let mut out = String::new();
    for section in sections {
        out.push_str(&app.t(&section.heading));
        out.push('\n');
        for row in &section.rows {
            match row {
                Row::Item { label, number } => {
                    out.push_str(&app.t_args(
                        "form-item-heading",
                        &[
                            ("label", Arg::Str(app.t(label))),
                            ("number", Arg::Num(*number as f64)),
                        ],
                    ));
                }
                Row::Answer { label, value, .. } => {
                    out.push_str(&app.t(label));
                    out.push_str(": ");
                    out.push_str(&app.catalog.shown_text(&app.locale, value));
                }
            }
            out.push('\n');
        }
        out.push('\n');
    }
    // The isolation marks Fluent puts around arguments are not wanted in a copy.
    out.replace(['\u{2068}', '\u{2069}'], "")
}

fn summary(app: &FormApp, ctx: &Ctx) -> Html {
    if app.errors.is_empty() {
        return html! {};
    }
    html! {
        <div class="fe-summary" id={app.id("summary")} tabindex="-1" aria-labelledby={app.id("summary-title")}>
            <h2 class="fe-summary-title" id={app.id("summary-title")}>{ app.t("form-error-summary-title") }</h2>
            <ul class="fe-summary-list">
            { for app.errors.iter().map(|e| {
                let target = app.target_id(&e.path);
                let t = target.clone();
                let onclick = ctx.callback(move |ev: MouseEvent| {
                    handled(&ev);
                    Msg::Focus(t.clone())
                });
                html! { <li><a href={format!("#{target}")} {onclick}>{ app.render(e) }</a></li> }
            }) }
            </ul>
        </div>
    }
}

fn back(app: &FormApp, ctx: &Ctx, first: bool) -> Html {
    if first {
        return html! {};
    }
    let onclick = ctx.callback(|_: MouseEvent| Msg::Back);
    html! { <button type="button" class="fe-back" {onclick}>{ app.t("form-back") }</button> }
}

fn draft(app: &FormApp, ctx: &Ctx) -> Html {
    let onchange = ctx.callback(|e: Event| Msg::KeepDraft(checked(&e)));
    html! {
        <div class="fe-option fe-draft">
            <input type="checkbox" id={app.id("draft")} checked={app.keep_draft} {onchange} />
            <label for={app.id("draft")}>{ app.t("form-keep-draft") }</label>
        </div>
    }
}

fn on_submit(ctx: &Ctx) -> Callback<SubmitEvent> {
    ctx.callback(|e: SubmitEvent| {
        handled(&e);
        Msg::Continue
    })
}

/// An event the embed handles in full (its form's submission, a link within the form): the
/// browser does nothing more with it, and the host page's own handlers do not hear it. Their
/// usual snippets would break the form: "no double submission" disables the submit button
/// of every form submitted (ours, after its first page), "smooth scrolling" takes every
/// click on a `#` link and scrolls the target under the page's header, and an outer form
/// of the page (ASP.NET Web Forms) runs its own validation. Nor does a host's script learn
/// from them that the applicant moved on.
fn handled(e: &Event) {
    e.prevent_default();
    e.stop_propagation();
}

fn page(app: &FormApp, ctx: &Ctx, p: usize, vis: &form_core::Visibility) -> Html {
    let form = app.form();
    let Some(pg) = form.pages.get(p) else {
        return html! {};
    };
    let pages = form.visible_pages(vis);
    let current = pages.iter().position(|&q| q == p).unwrap_or(0) + 1;
    let description = if current == 1 {
        form.description
            .as_ref()
            .map(|d| html! { <p class="fe-hint">{ app.t(d) }</p> })
    } else {
        None
    };
    let progress = app.t_args(
        "form-progress",
        &[
            ("current", Arg::Num(current as f64)),
            ("total", Arg::Num(pages.len() as f64)),
        ],
    );
    html! {
        <form class="fe-form" key={app.drawn} novalidate=true onsubmit={on_submit(ctx)}>
            { back(app, ctx, current == 1) }
            { summary(app, ctx) }
            // Keyed by its text: the total changes with the answers (see `FormApp::drawn`).
            <p class="fe-progress" key={progress.as_str()}>{ progress.clone() }</p>
            <h2 class="fe-title">{ app.t(&form.title) }</h2>
            { for description }
            <h3 class="fe-heading" id={app.id("heading")} tabindex="-1">{ app.t(&pg.heading) }</h3>
            { for pg.description.as_ref().map(|d| html! { <p class="fe-hint">{ app.t(d) }</p> }) }
            // Keyed by field, in a list of their own (yew puts the items of a `for` among
            // their siblings, and matches a list with unkeyed members from its end): a
            // question shown after others made every field before it another's, the control
            // with focus among them (a radio chosen with the arrow keys became a checkbox of
            // the new question, focus and all).
            <>{ for pg.fields.iter().filter_map(|&i| {
                let def = form.fields.get(i)?;
                vis.field(&def.id).then(|| html! { <key={i}>{ field(app, ctx, At::Top(i), def, vis) }</> })
            }) }</>
            { draft(app, ctx) }
            <button type="submit" class="fe-button">{ app.t("form-continue") }</button>
        </form>
    }
}

fn field(app: &FormApp, ctx: &Ctx, at: At, def: &FieldDef, vis: &form_core::Visibility) -> Html {
    let path = app.path_of(at);
    let id = app.dom_id(&path);
    let error = app.error_for(&path);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = match (&def.hint, &error) {
        (Some(_), Some(_)) => Some(format!("{hint_id} {error_id}")),
        (Some(_), None) => Some(hint_id.clone()),
        (None, Some(_)) => Some(error_id.clone()),
        (None, None) => None,
    };
    let hint = def
        .hint
        .as_ref()
        .map(|h| html! { <div class="fe-hint" id={hint_id.clone()}>{ app.t(h) }</div> });
    let error_html = error.as_ref().map(|e| {
        html! {
            <p class="fe-error" id={error_id.clone()}>
                <span class="fe-visually-hidden">{ app.t("form-error-prefix") }{ " " }</span>{ e.clone() }
            </p>
        }
    });
    // A field in error is marked by an attribute, not a class of its own: yew's macro
    // makes any class not written as a literal an ordered set of shared strings
    // (`Classes`) on every render, 1.4 KB of the bundle after compression.
    let invalid = error.is_some().then_some("true");
    let value = app.value(at);
    let label = app.t(&def.label);
    // Every control's answer as it changes: a select fires `input` too, when its choice
    // changes (one callback type fewer in the bundle than `change` for selects).
    let set_input = {
        let link = ctx.clone();
        move |part: Option<&'static str>| {
            let link = link.clone();
            Callback::from(move |e: InputEvent| {
                let e: &Event = &e;
                link.send_message(Msg::Set(at, part, Value::String(input_value(e))))
            })
        }
    };
    let autocomplete = def.autocomplete().map(str::to_owned);
    let hints = def.kind.hints();
    let shown = |id: &str, part| app.shown.borrow_mut().push((id.to_owned(), at, part));
    if matches!(
        hints.widget,
        Widget::Select | Widget::Textarea | Widget::Input
    ) {
        shown(&id, None);
    }
    match hints.widget {
        Widget::DateParts => {
            let bday = autocomplete.as_deref() == Some("bday");
            let wrong = invalid.map(|_| wrong_parts(app, &path, hints.date_parts));
            html! {
                <div class="fe-field" data-invalid={invalid} id={format!("{id}-wrap")}>
                <fieldset class="fe-fieldset" role="group" aria-describedby={described}>
                    <legend class="fe-legend">{ label }</legend>
                    { for hint }
                    { for error_html }
                    <div class="fe-date">
                    { for date_parts(app, hints.date_parts).map(|(p, msg)| {
                        let pid = format!("{id}-{p}");
                        let ac = bday.then(|| format!("bday-{p}"));
                        shown(&pid, Some(p));
                        html! {
                            <div data-part={p}>
                                <label class="fe-date-label" for={pid.clone()}>{ app.t(msg) }</label>
                                <input class="fe-input" id={pid} type="text" inputmode={hints.inputmode} maxlength="10"
                                    autocomplete={ac} aria-invalid={wrong.as_ref().filter(|w| w.contains(&p)).map(|_| "true")}
                                    value={part(value, p)} oninput={set_input(Some(p))} />
                            </div>
                        }
                    }) }
                    </div>
                </fieldset>
                </div>
            }
        }
        Widget::Select => {
            let options = select_options(app, def);
            let written = native_options(&options, &text_of(value));
            // The list by its address (as a number: no pointer formatting in the bundle).
            let list = format!("{}|{}", app.locale, Rc::as_ptr(&options) as usize);
            app.fills
                .borrow_mut()
                .push((id.clone(), list, options, text_of(value)));
            // The options are written after drawing (`FormApp::rendered`).
            let control = html! {
                <select class="fe-input" id={id.clone()} aria-describedby={described}
                    aria-invalid={invalid} autocomplete={autocomplete} oninput={set_input(None)}>
                    { written }
                </select>
            };
            labelled(invalid, &id, label, hint, error_html, control)
        }
        Widget::Radios | Widget::Checkboxes => {
            let multi = hints.widget == Widget::Checkboxes;
            let options = def
                .kind
                .options()
                .map(|o| o.list.as_slice())
                .unwrap_or_default();
            // The boxes of a code list in the reader's alphabetical order, as its select's
            // options (ids keep the list's order: they stay when the language changes).
            let order: Vec<usize> = if def.kind.options().is_some_and(|o| o.sorted) {
                select_options(app, def)
                    .iter()
                    .filter_map(|(v, _)| options.iter().position(|o| o.value == *v))
                    .collect()
            } else {
                (0..options.len()).collect()
            };
            let current = text_of(value);
            let chosen: Vec<String> = value
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(|v| v.as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default();
            html! {
                <div class="fe-field" data-invalid={invalid} id={format!("{id}-wrap")}>
                <fieldset class="fe-fieldset" aria-describedby={described}>
                    <legend class="fe-legend">{ label }</legend>
                    { for hint }
                    { for error_html }
                    { for order.into_iter().filter_map(|n| Some((n, options.get(n)?))).map(|(n, o)| {
                        let oid = format!("{id}-{n}");
                        let v = o.value.clone();
                        let on = if multi { chosen.contains(&o.value) } else { current == o.value };
                        let link = ctx.clone();
                        let onchange = if multi {
                            Callback::from(move |e: Event| link.send_message(Msg::Toggle(at, v.clone(), checked(&e))))
                        } else {
                            Callback::from(move |_: Event| link.send_message(Msg::Set(at, None, Value::String(v.clone()))))
                        };
                        let ty = if multi { "checkbox" } else { "radio" };
                        // An option's hint, read after its label (GOV.UK radios with hints).
                        let hint_id = o.hint.as_ref().map(|_| format!("{oid}-hint"));
                        let option_hint = o.hint.as_ref().map(|h| html! {
                            <div class="fe-hint" id={hint_id.clone()}>{ app.t(h) }</div>
                        });
                        // GOV.UK's "or" above an option that stands alone ("None of these").
                        let divider = (o.exclusive && n > 0).then(|| html! {
                            <div class="fe-divider">{ app.t("form-or") }</div>
                        });
                        html! {
                            <>
                            { for divider }
                            <div class="fe-option">
                                <input type={ty} id={oid.clone()} name={id.clone()} value={o.value.clone()} checked={on}
                                    aria-describedby={hint_id.clone()} {onchange} />
                                <label for={oid}>{ app.t(&o.label) }</label>
                                { for option_hint }
                            </div>
                            </>
                        }
                    }) }
                </fieldset>
                </div>
            }
        }
        Widget::Checkbox => {
            let on = value == Some(&Value::Bool(true));
            let link = ctx.clone();
            let onchange = Callback::from(move |e: Event| {
                link.send_message(Msg::Set(at, None, Value::Bool(checked(&e))))
            });
            html! {
                <div class="fe-field" data-invalid={invalid} id={format!("{id}-wrap")}>
                    { for error_html }
                    <div class="fe-option">
                        <input type="checkbox" id={id.clone()} checked={on} aria-describedby={described} aria-invalid={invalid} {onchange} />
                        <label for={id.clone()}>{ label }</label>
                    </div>
                    { for hint }
                </div>
            }
        }
        Widget::Group => group(app, ctx, at, def, vis, described, hint, error_html, invalid),
        Widget::Textarea => {
            let control = html! {
                <textarea class="fe-input" id={id.clone()} rows="5" aria-describedby={described}
                    maxlength={input_cap(hints.max_chars, true).to_string()}
                    aria-invalid={invalid} autocomplete={autocomplete}
                    value={text_of(value)} oninput={set_input(None)} />
            };
            labelled(invalid, &id, label, hint, error_html, control)
        }
        Widget::Input => {
            let (ty, mode) = (hints.input_type, hints.inputmode);
            let spell = hints.spellcheck.map(|on| if on { "true" } else { "false" });
            let control = html! {
                <input class="fe-input" data-width={input_width(hints.width)} id={id.clone()} type={ty}
                    inputmode={mode} spellcheck={spell} dir={hints.ltr.then_some("ltr")}
                    maxlength={input_cap(hints.max_chars, false).to_string()}
                    autocomplete={autocomplete} aria-describedby={described} aria-invalid={invalid}
                    value={text_of(value)} oninput={set_input(None)} />
            };
            // A number's unit after its input (GOV.UK's suffix), drawn by the stylesheet
            // from `data-unit`: not read out (the label says it), no element of its own.
            let control = match hints.unit {
                Some(unit) => {
                    html! { <div class="fe-unit" data-unit={app.t(unit.message_id())}>{ control }</div> }
                }
                None => control,
            };
            labelled(invalid, &id, label, hint, error_html, control)
        }
    }
}

/// A field whose label stands above its control: the wrapper, the label, the hint and the
/// error message, then the control (GOV.UK's order). One copy of this markup for the text
/// inputs, text areas and selects (each copy of an `html!` tree is code in the bundle).
fn labelled(
    invalid: Option<&'static str>,
    id: &str,
    label: String,
    hint: Option<Html>,
    error_html: Option<Html>,
    control: Html,
) -> Html {
    html! {
        <div class="fe-field" data-invalid={invalid} id={format!("{id}-wrap")}>
            <label class="fe-label" for={id.to_owned()}>{ label }</label>
            { for hint }
            { for error_html }
            { control }
        </div>
    }
}

/// How wide an input is drawn, as wide as the answers it takes (GOV.UK's fixed-width
/// inputs), in steps (`data-width`, styled by the stylesheet); none for inputs that fill
/// the line.
fn input_width(chars: Option<u32>) -> Option<&'static str> {
    Some(match chars? {
        0..=5 => "5",
        6..=10 => "10",
        11..=20 => "20",
        21..=30 => "30",
        _ => "40",
    })
}

#[allow(clippy::too_many_arguments)]
fn group(
    app: &FormApp,
    ctx: &Ctx,
    at: At,
    def: &FieldDef,
    vis: &form_core::Visibility,
    described: Option<String>,
    hint: Option<Html>,
    error_html: Option<Html>,
    invalid: Option<&'static str>,
) -> Html {
    let At::Top(g) = at else {
        return html! {};
    };
    let form = app.form();
    let id = app.dom_id(&def.id);
    let children: Vec<usize> = form.group_items(g).to_vec();
    let items = app.value(at).and_then(Value::as_array).map_or(0, Vec::len);
    let item_label = app.t(def.item_label());
    let add = ctx.callback(move |_: MouseEvent| Msg::Add(g));
    // No "Add" at the most items, and no "Remove" at the fewest (the engine decides).
    let (can_add, can_remove, max) = match &def.kind {
        form_core::Kind::Group(spec) => (spec.can_add(items), spec.can_remove(items), spec.max()),
        _ => (true, true, 0),
    };
    // "Add" while there is none, "Add another" after.
    let some = if items == 0 { "none" } else { "some" };
    let add_text = app.t_args("form-add-another", &[("items", Arg::Str(some.into()))]);
    html! {
        <div class="fe-field" data-invalid={invalid} id={format!("{id}-wrap")}>
        <fieldset class="fe-fieldset" aria-describedby={described}>
            <legend class="fe-legend">{ app.t(&def.label) }</legend>
            { for hint }
            { for error_html }
            { for (0..items).map(|n| {
                let heading = app.t_args("form-item-heading", &[
                    ("label", Arg::Str(item_label.clone())),
                    ("number", Arg::Num((n + 1) as f64)),
                ]);
                let remove_text = app.t_args("form-remove-item", &[
                    ("label", Arg::Str(item_label.clone())),
                    ("number", Arg::Num((n + 1) as f64)),
                ]);
                let remove = ctx.callback(move |_: MouseEvent| Msg::Remove(g, n));
                html! {
                    <fieldset class="fe-item">
                        <legend class="fe-legend" id={format!("{id}-{n}-legend")} tabindex="-1">{ heading }</legend>
                        // Keyed, in a list of their own, as a page's fields.
                        <>{ for children.iter().filter_map(|&c| {
                            let cdef = form.fields.get(c)?;
                            let p = app.path_of(At::Item(g, n, c));
                            vis.field(&p).then(|| html! { <key={c}>{ field(app, ctx, At::Item(g, n, c), cdef, vis) }</> })
                        }) }</>
                        <button type="button" class="fe-button fe-secondary" id={format!("{id}-{n}-remove")} hidden={!can_remove} onclick={remove}>{ remove_text }</button>
                    </fieldset>
                }
            }) }
            <button type="button" class="fe-button fe-secondary" id={format!("{id}-add")} hidden={!can_add} onclick={add}>{ add_text }</button>
            // Said where "Add" was: why there is none.
            <p class="fe-hint" hidden={can_add}>{ app.t_args("form-group-full", &[("max", Arg::Num(max.into()))]) }</p>
        </fieldset>
        </div>
    }
}

/// A select's options with their labels in the reader's language: a code list's in the
/// reader's alphabetical order, inline options in the author's.
fn select_options(app: &FormApp, def: &FieldDef) -> Rc<Vec<(String, String)>> {
    let all = def.kind.options();
    let options = all.map(|o| o.list.as_slice()).unwrap_or_default();
    // Keyed by where the options live in the form (which lives as long as the app: the
    // items of a group share them) and the language.
    let key = (options.as_ptr() as usize, app.locale.to_string());
    if let Some((_, v)) = app.sorted.borrow().iter().find(|(k, _)| *k == key) {
        return v.clone();
    }
    let mut list: Vec<(String, String)> = options
        .iter()
        .map(|o| (o.value.clone(), app.t(&o.label)))
        .collect();
    if let Some(o) = all.filter(|o| o.sorted) {
        // Those the list keeps last ("Other") stay after the sorted ones.
        let kept = list.split_off(list.len().saturating_sub(o.last));
        net::sort_labels(&mut list, &key.1);
        list.extend(kept);
    }
    // The empty choice first, named as "check your answers" names no answer (a screen
    // reader said "blank").
    list.insert(0, (String::new(), app.t("form-not-answered")));
    let list = Rc::new(list);
    app.sorted.borrow_mut().push((key, list.clone()));
    list
}

fn check(app: &FormApp, ctx: &Ctx) -> Html {
    let not_answered = app.t("form-not-answered");
    let row = |page: usize, row: &Row| -> Html {
        match row {
            Row::Item { label, number } => {
                let heading = app.t_args(
                    "form-item-heading",
                    &[
                        ("label", Arg::Str(app.t(label))),
                        ("number", Arg::Num(*number as f64)),
                    ],
                );
                html! { <div class="fe-check-row fe-check-item"><dt class="fe-check-key">{ heading }</dt><dd class="fe-check-value"></dd></div> }
            }
            Row::Answer { path, label, value } => {
                let shown = app.catalog.shown_text(&app.locale, value);
                let label = app.t(label);
                let target = app.target_id(path);
                let href = format!("#{target}");
                let onclick = ctx.callback(move |e: MouseEvent| {
                    handled(&e);
                    Msg::Change(page, target.clone())
                });
                html! {
                    <div class="fe-check-row">
                        <dt class="fe-check-key">{ label.clone() }</dt>
                        <dd class="fe-check-value">{
                            // The answer as stored, isolated from the text around it.
                            if shown.is_empty() { html! { not_answered.clone() } } else { html! { <bdi>{ shown }</bdi> } }
                        }</dd>
                        <dd class="fe-check-action">
                            <a {href} {onclick}>{ app.t("form-change") }<span class="fe-visually-hidden">{ " " }{ label }</span></a>
                        </dd>
                    </div>
                }
            }
        }
    };
    html! {
        <form class="fe-form" key={app.drawn} novalidate=true onsubmit={on_submit(ctx)}>
            { back(app, ctx, false) }
            { summary(app, ctx) }
            { notice(app, ctx) }
            <h2 class="fe-heading" id={app.id("heading")} tabindex="-1">{ app.t("form-check-answers") }</h2>
            { for app.check.iter().map(|section| html! {
                <>
                <h3 class="fe-check-heading">{ app.t(&section.heading) }</h3>
                <dl class="fe-check">
                { for section.rows.iter().map(|r| row(section.page, r)) }
                </dl>
                </>
            }) }
            { draft(app, ctx) }
            <button type="submit" class="fe-button">{ app.t("form-submit") }</button>
        </form>
    }
}

/// Drawn natively (the first page before the engine), a select has its options in the
/// markup, a code list's ordered by a simple case-insensitive key (`net::sort_labels`); in
/// the browser they are written after drawing, in the browser's collation.
#[cfg(not(target_arch = "wasm32"))]
fn native_options(options: &[(String, String)], current: &str) -> Html {
    html! { <>
        { for options.iter().map(|(v, l)| html! {
            <option value={v.clone()} selected={v == current}>{ l.clone() }</option>
        }) }
    </> }
}

#[cfg(target_arch = "wasm32")]
fn native_options(_: &[(String, String)], _: &str) -> Html {
    Html::default()
}
