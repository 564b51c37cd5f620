//! A packed form (`form_core::packed`) behaves exactly like the compiled one: every example
//! case and 3000 random submissions give the same reports; packing is deterministic; and
//! decoding damaged or hostile bytes returns an error instead of panicking.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

mod common;

include!("../../tests/support/random_submissions.rs");

use form_core::packed::{self, PackError};
use proptest::prelude::*;

fn lea() -> form_core::Form {
    form_core::compile(&common::lea_schema()).form.unwrap()
}

/// Every example form: its folder, the form compiled, and the form packed and decoded.
fn packed_examples() -> impl Iterator<Item = (form_files::FormDir, form_core::Form, form_core::Form)>
{
    common::examples().into_iter().map(|example| {
        let form = form_core::compile(&example.read_schema().unwrap())
            .form
            .unwrap();
        let unpacked = packed::decode(&packed::encode(&form)).unwrap();
        (example, form, unpacked)
    })
}

/// Every case of every example form (the registration's, and the others', whose forms
/// hold what the registration does not: an option that stands alone, times, sums).
#[test]
fn every_case_gives_the_same_report_from_the_packed_form() {
    let ctx = form_core::Context {
        today: form_core::Date::parse_iso("2021-03-15").unwrap(),
    };
    let mut n = 0;
    for (example, form, unpacked) in packed_examples() {
        for path in example.cases() {
            let data: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            let a = serde_json::to_string(&form.evaluate(&data, &ctx)).unwrap();
            let b = serde_json::to_string(&unpacked.evaluate(&data, &ctx)).unwrap();
            assert_eq!(a, b, "{}", path.display());
            n += 1;
        }
    }
    assert!(n >= 140, "{n} cases");
}

/// A renderer learns from the packed form which messages it must have before it shows the
/// form (`each_text`): exactly the ids the compiler recorded (`message_ids`, not kept in
/// the packed form), for every example form.
#[test]
fn the_packed_form_names_every_message_the_form_uses() {
    let mut n = 0;
    for (example, form, unpacked) in packed_examples() {
        let mut texts = std::collections::BTreeSet::new();
        unpacked.each_text(&mut |id| {
            texts.insert(id.to_owned());
        });
        let recorded: std::collections::BTreeSet<String> =
            form.message_ids.keys().cloned().collect();
        assert_eq!(texts, recorded, "{}", example.name());
        n += 1;
    }
    assert!(n >= 15, "{n} forms");
}

#[test]
fn random_submissions_give_the_same_digest_from_the_packed_form() {
    let text = common::lea_schema();
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    let form = lea();
    let unpacked = packed::decode(&packed::encode(&form)).unwrap();
    let base: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            common::root().join("examples/lea-registration/cases/02-valid-complete.json"),
        )
        .unwrap(),
    )
    .unwrap();
    assert_eq!(
        digest(&form, &schema, &base, 3000, 2026, "2021-03-15"),
        digest(&unpacked, &schema, &base, 3000, 2026, "2021-03-15")
    );
}

#[test]
fn packing_is_deterministic_and_round_trips() {
    let form = lea();
    let bytes = packed::encode(&form);
    assert_eq!(bytes, packed::encode(&lea()));
    assert_eq!(bytes, packed::encode(&packed::decode(&bytes).unwrap()));
    // Every schema of the test suite that compiles packs and round-trips too.
    for path in form_files::files_in(&common::root().join("tests/schemas"), "json") {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let compiled = form_core::compile(&text);
        if let (Some(form), false) = (compiled.form.as_ref(), compiled.has_errors()) {
            let bytes = packed::encode(form);
            assert_eq!(
                bytes,
                packed::encode(&packed::decode(&bytes).unwrap()),
                "{}",
                path.display()
            );
        }
    }
}

/// The values an alphabetical list keeps `last` come after the others, in their order, and
/// stay there packed; a list without `last` packs as before (no flag, no count).
#[test]
fn values_kept_last_follow_the_others_packed_too() {
    let schema = r#"{ "format": 1, "id": "t", "version": "1", "defaultLocale": "en", "title": "t",
      "codeLists": {
        "c": { "labelPrefix": "c-", "order": "alphabetical", "last": ["none", "other"],
          "values": ["other", "b", "none", "a"] },
        "d": { "labelPrefix": "c-", "values": ["other", "b"], "last": ["other"] } },
      "pages": [{ "id": "p", "heading": "h", "fields": [
        { "id": "f", "type": "choice", "label": "l", "codeList": "c" },
        { "id": "g", "type": "choice", "label": "l", "codeList": "d" } ] }] }"#;
    let form = form_core::compile(schema).form.unwrap();
    let unpacked = packed::decode(&packed::encode(&form)).unwrap();
    for f in [&form, &unpacked] {
        let o = f.field("f").unwrap().kind.options().unwrap();
        let values: Vec<&str> = o.list.iter().map(|o| o.value.as_str()).collect();
        assert_eq!(values, ["b", "a", "none", "other"]);
        assert!(o.sorted);
        assert_eq!(o.last, 2);
        assert_eq!(o.position("other"), Some(3));
        // In the order written, `last` changes nothing (`warning[last-not-sorted]`).
        let written = f.field("g").unwrap().kind.options().unwrap();
        assert_eq!((written.sorted, written.last), (false, 0));
        assert_eq!(written.list[0].value, "other");
    }
}

#[test]
fn wrong_input_is_refused_with_a_reason() {
    let bytes = packed::encode(&lea());
    assert_eq!(packed::decode(b"{}").unwrap_err(), PackError::NotPacked);
    assert_eq!(packed::decode(&[]).unwrap_err(), PackError::NotPacked);
    let mut damaged = bytes.clone();
    let last = damaged.len() - 1;
    damaged[last] ^= 1;
    assert_eq!(packed::decode(&damaged).unwrap_err(), PackError::Damaged);
    assert_eq!(
        packed::decode(&bytes[..bytes.len() / 2]).unwrap_err(),
        PackError::Damaged
    );
    let mut other = packed::MAGIC.to_vec();
    other.extend_from_slice(&[5, b'0', b'.', b'0', b'.', b'1']);
    assert_eq!(
        packed::decode(&other).unwrap_err(),
        PackError::Version("0.0.1".into())
    );
}

/// Format 01 (written by the engine before the field types had explicit tags; this file
/// was packed by it) is refused with a reason a renderer and `form pack` can act on: pack
/// the schema again. Tags of format 02 are pinned in `form_core::types`.
#[test]
fn an_older_format_is_refused_clearly() {
    let old = std::fs::read(common::root().join("form-core/tests/data/lea-registration.v1.form"))
        .unwrap();
    assert!(old.starts_with(b"FORMPK01"));
    let err = packed::decode(&old).unwrap_err();
    assert_eq!(err, PackError::OldFormat(1));
    assert_eq!(err.code(), "old-format");
    assert_eq!(err.to_string(), "old-format 01");
    // A newer format than this engine knows is another version, not damage.
    let mut newer = b"FORMPK99".to_vec();
    newer.extend_from_slice(&old[8..]);
    assert_eq!(
        packed::decode(&newer).unwrap_err(),
        PackError::Version("format 99".into())
    );
    // The same form packed now decodes and gives the same reports as compiling it.
    let now = packed::encode(&lea());
    assert!(now.starts_with(b"FORMPK09"));
    assert!(packed::decode(&now).is_ok());
}

/// Each field type is written as its own tag followed by its properties: a type's tag in
/// the bytes is the one in the table, whatever order the table lists types in.
#[test]
fn field_types_are_written_with_their_tags() {
    let schema = r#"{"format": 1, "id": "t", "version": "1", "defaultLocale": "en", "title": "t",
      "pages": [{"id": "p", "heading": "h", "fields": [
        {"id": "c", "type": "consent", "label": "l"}]}]}"#;
    let form = form_core::compile(schema).form.unwrap();
    let bytes = packed::encode(&form);
    let tag = form_core::types::TYPES
        .iter()
        .find(|t| t.0 == "consent")
        .unwrap()
        .1;
    assert_eq!(tag, 11);
    // Damage the tag: an unknown tag is refused, never read as another type.
    let header = 8 + 1 + env!("CARGO_PKG_VERSION").len() + 8;
    let body = &bytes[header..];
    let positions: Vec<usize> = body
        .windows(2)
        .enumerate()
        .filter(|(_, w)| w[0] == 1 && w[1] == b'c')
        .map(|(i, _)| i)
        .collect();
    assert!(!positions.is_empty());
    let mut found = false;
    for p in positions {
        // id "c" (len 1, 'c'), then the kind's tag.
        if body.get(p + 2) == Some(&tag) {
            let mut damaged = body.to_vec();
            damaged[p + 2] = 200;
            assert_eq!(
                packed::decode(&with_hash(&bytes, &damaged)).unwrap_err(),
                PackError::Damaged
            );
            found = true;
        }
    }
    assert!(found, "the consent tag follows the field id");
}

/// Re-hashes a body so that damage gets past the checksum into the decoder.
fn with_hash(bytes: &[u8], body: &[u8]) -> Vec<u8> {
    let header = 8 + 1 + env!("CARGO_PKG_VERSION").len();
    let mut out = bytes[..header].to_vec();
    let h = body.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    });
    out.extend_from_slice(&h.to_le_bytes());
    out.extend_from_slice(body);
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Damaged bodies with a valid hash: an error or a form, never a panic; a form that
    /// decodes can validate without panicking.
    #[test]
    fn decoding_damaged_bodies_never_panics(
        flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
        cut in any::<prop::sample::Index>(),
        truncate in any::<bool>(),
    ) {
        let bytes = packed::encode(&lea());
        let header = 8 + 1 + env!("CARGO_PKG_VERSION").len() + 8;
        let mut body = bytes[header..].to_vec();
        for (i, v) in flips {
            let i = i.index(body.len());
            body[i] = v;
        }
        if truncate {
            body.truncate(cut.index(body.len()));
        }
        if let Ok(form) = packed::decode(&with_hash(&bytes, &body)) {
            let ctx = form_core::Context { today: form_core::Date::parse_iso("2021-03-15").unwrap() };
            let _ = form.validate(&serde_json::json!({"family_name": "x", "family_members": [{}]}), &ctx);
        }
    }

    #[test]
    fn decoding_arbitrary_bytes_never_panics(body in prop::collection::vec(any::<u8>(), 0..512)) {
        let bytes = packed::encode(&lea());
        let _ = packed::decode(&with_hash(&bytes, &body));
        let _ = packed::decode(&body);
    }
}

/// The languages end the file, as the embed's loader reads them before the engine is there
/// (`form-yew-demo/package-embed.mjs`): the tags, the default first, separated by spaces,
/// then one byte of their length; the hash covers them.
#[test]
fn the_languages_end_the_file() {
    let bytes = packed::encode(&lea());
    let n = usize::from(bytes[bytes.len() - 1]);
    let tags = std::str::from_utf8(&bytes[bytes.len() - 1 - n..bytes.len() - 1]).unwrap();
    assert_eq!(tags, "de en ar fa fr pl ru tr uk vi");
    let mut other = bytes.clone();
    let at = bytes.len() - 1 - n;
    other[at..at + 2].copy_from_slice(b"en");
    assert_eq!(packed::decode(&other).unwrap_err(), PackError::Damaged);
}
