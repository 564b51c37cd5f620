//! Prints the registration's first page as the loader receives it (`first-page.json`).
//!
//!     cargo run -p form-yew-demo --example first_page -- de
#![allow(clippy::unwrap_used)]
use form_core::{Catalog, Locale};

fn main() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let read = |p: &str| std::fs::read_to_string(format!("{root}/{p}")).unwrap();
    let lang = std::env::args().nth(1).unwrap_or_else(|| "de".into());
    let form = form_core::compile(&read("examples/lea-registration/form.json"))
        .form
        .unwrap();
    let de = Locale::parse("de").unwrap();
    let l = Locale::parse(&lang).unwrap();
    let mut catalog = Catalog::new(de.clone());
    for loc in [&de, &l] {
        catalog.add_resource(
            loc,
            "engine.ftl",
            &read(&format!("locales/{loc}/engine.ftl")),
        );
        catalog.add_resource(
            loc,
            "countries.ftl",
            &read(&format!("locales/{loc}/countries.ftl")),
        );
        catalog.add_resource(
            loc,
            "f.ftl",
            &read(&format!(
                "examples/lea-registration/locales/{loc}/lea-registration.ftl"
            )),
        );
    }
    catalog.add_resource(&de, "languages.ftl", &read("locales/languages.ftl"));
    let today = form_core::Date::parse_iso("2021-03-15").unwrap();
    println!("{}", form_yew_demo::first_page(&form, catalog, &l, today));
}
