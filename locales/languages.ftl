# The name of each language in that language (its autonym), for the language switch.
# The same in every language, so this one file serves all; a test checks that each name
# equals `form-language-name` in that language's report.ftl.
### status: reference
language-ar = العربية
language-de = Deutsch
language-en = English
language-fa = فارسی
language-fr = Français
language-pl = Polski
language-ru = Русский
language-tr = Türkçe
language-uk = Українська
language-vi = Tiếng Việt
