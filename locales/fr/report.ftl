# Reports of a submission: what `form validate` prints (not loaded by the embed).
### status: draft
# Statut de relecture : brouillon rédigé par l'équipe de développement, non relu par une personne de langue maternelle française.

## Reports of a submission (form validate, case workers' tools)
report-valid = Les données envoyées sont valides.
report-invalid = { $count ->
    [one] Les données envoyées comportent { $count } problème :
    [many] Les données envoyées comportent { $count } problèmes :
   *[other] Les données envoyées comportent { $count } problèmes :
  }
report-dropped-hidden = écarté (masqué) : { $path }
report-dropped-unknown = écarté (absent du formulaire) : { $path }

# This language's name in itself; locales/languages.ftl (the language switch) must say the same.
form-language-name = Français
