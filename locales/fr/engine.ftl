# Messages du moteur de formulaires : erreurs de validation et éléments de l'interface.
### status: draft
# Statut de relecture : brouillon rédigé par l'équipe de développement, non relu par une personne de langue maternelle française.

## Erreurs de validation (error-<code>)
error-required = Répondez à « { $label } »
error-required-choice = Choisissez une réponse pour « { $label } »
error-required-consent = Cochez « { $label } » pour continuer
error-wrong-type = La réponse à « { $label } » a été envoyée sous une forme que le service ne peut pas lire. Saisissez-la à nouveau
error-too-short = « { $label } » doit comporter au moins { $min ->
    [one] { $min } caractère
    [many] { $min } de caractères
   *[other] { $min } caractères
  }
error-too-long = « { $label } » doit comporter au plus { $max ->
    [one] { $max } caractère
    [many] { $max } de caractères
   *[other] { $max } caractères
  }
error-pattern = Saisissez « { $label } » dans le bon format
error-characters = { $why ->
    [look-alike] « { $label } » contient des lettres qui ressemblent à des lettres latines mais n’en sont pas : { $found }. Saisissez-les à nouveau avec un clavier latin
    [not-latin] Écrivez « { $label } » en lettres latines (de A à Z, aussi avec des accents comme é, ł ou ß)
   *[other] « { $label } » contient des caractères qui ne peuvent pas être utilisés : { $found }
  }
error-invalid-email = Saisissez une adresse e-mail au bon format, par exemple nom@example.com
error-invalid-tel = Saisissez un numéro de téléphone, par exemple 030 90269 0 ou +49 30 90269 0
error-invalid-iban = Saisissez « { $label } » sous forme d’IBAN au bon format, par exemple DE89 3704 0044 0532 0130 00
error-invalid-integer = « { $label } » doit être un nombre entier
error-invalid-decimal = « { $label } » doit être un nombre
error-ambiguous-decimal = « { $label } » : voulez-vous dire { $whole } ou { $fraction } ? Saisissez le nombre sans séparateur de milliers
error-too-small = « { $label } » doit être au moins { $min }
error-too-large = « { $label } » doit être au plus { $max }
error-invalid-date = « { $label } » doit être une date réelle
error-date-incomplete = « { $label } » doit comporter { $missing ->
    [day] un jour
    [month] un mois
    [year] une année
    [day-month] un jour et un mois
    [day-year] un jour et une année
   *[month-year] un mois et une année
  }
error-date-too-early = « { $label } » doit être le { $min } ou après
error-date-too-late = « { $label } » doit être le { $max } ou avant
error-invalid-time = « { $label } » doit être une heure réelle, comme 14:30
error-time-too-early = « { $label } » doit être à { $min } ou après
error-time-too-late = « { $label } » doit être à { $max } ou avant
error-invalid-partial-date = « { $label } » doit être une date réelle ; vous pouvez omettre le jour, ou le jour et le mois
error-invalid-choice = Choisissez l'une des options pour « { $label } »
error-too-few-selected = Choisissez au moins { $min ->
    [one] { $min } option
    [many] { $min } d'options
   *[other] { $min } options
  } pour « { $label } »
error-too-many-selected = Choisissez au plus { $max ->
    [one] { $max } option
    [many] { $max } d'options
   *[other] { $max } options
  } pour « { $label } »
error-exclusive-option = Choisissez soit « { $option } », soit d'autres options pour « { $label } », mais pas les deux
error-too-few-items = Ajoutez au moins { $min ->
    [one] { $min } entrée
    [many] { $min } d'entrées
   *[other] { $min } entrées
  } à « { $label } »
error-too-many-items = Vous pouvez ajouter au plus { $max ->
    [one] { $max } entrée
    [many] { $max } d'entrées
   *[other] { $max } entrées
  } à « { $label } »
error-not-an-object = Les réponses n'ont pas pu être lues. Rechargez la page et réessayez
error-plausibility = Vérifiez vos réponses : elles ne concordent pas

## Éléments de l'interface
form-error-summary-title = Il y a un problème
form-error-prefix = Erreur :
form-page-title-error-prefix = Erreur : { $title }
form-continue = Continuer
form-back = Retour
form-check-answers = Vérifiez vos réponses
form-change = Modifier
form-add-another = { $items ->
    [none] Ajouter
   *[some] Ajouter un autre élément
  }
form-group-full = Vous ne pouvez pas en ajouter plus de { $max }.
form-submit = Envoyer
form-date-day = Jour
form-date-month = Mois
form-date-year = Année
form-progress = Étape { $current } sur { $total }
form-date-order = day month year
form-date-written = { $day ->
    [1] 1er
   *[0] { $day }
  } { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
  } { $year }
form-month-written = { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
  } { $year }
form-decimal-separator = ,
form-group-separator = {"\u202F"}
form-list-separator = {", "}
unit-eur = €
unit-m2 = m²
unit-kg = kg
form-language = Langue
form-item-heading = { $label } { $number }
form-item-issue = { $label } { $number } : { $issue }
form-remove-item = Supprimer { $label } { $number }
form-submitted = Vos réponses ont été envoyées
form-reference = Votre numéro de dossier est { $reference }
form-sending = Envoi en cours…
form-send-retry = Vos réponses n'ont pas pu être envoyées. Nous réessaierons automatiquement.
form-loading = Chargement du formulaire…
form-problem-unavailable-title = Ce formulaire ne peut pas être affiché pour le moment
form-problem-unavailable = Vérifiez votre connexion Internet et réessayez. Si cela ne fonctionne toujours pas, le service est peut-être indisponible : réessayez plus tard.
form-problem-no-webassembly = Les réglages de votre navigateur empêchent ce formulaire de fonctionner (sur iPhone et iPad, c’est le cas du mode Isolement). Ouvrez la page dans un autre navigateur ou désactivez le mode Isolement pour ce site.
form-try-again = Réessayer
form-offline = Vous êtes hors ligne. Vos réponses sont conservées ici et seront envoyées dès que vous serez de nouveau en ligne.
form-problem-not-sent-title = Vos réponses n’ont pas été envoyées
form-problem-down = Le service est injoignable pour le moment. Vos réponses sont toujours là : réessayez plus tard. Vous pouvez aussi copier vos réponses pour les garder.
form-problem-too-large = Vos réponses sont trop longues pour être envoyées. Raccourcissez vos réponses les plus longues, puis envoyez-les à nouveau.
form-problem-rejected = Le service n’a pas accepté vos réponses en raison d’un problème avec ce formulaire. Vos réponses sont toujours là : copiez-les et réessayez plus tard, ou contactez le service.
form-problem-changed = Ce formulaire a été modifié depuis que vous l’avez ouvert. Copiez vos réponses, rechargez la page et saisissez-les à nouveau.
form-copy-answers = Copier vos réponses
form-copied = Vos réponses ont été copiées.
form-copy-refused = Votre navigateur n’a pas autorisé la copie. Vos réponses sont sélectionnées ci-dessous : copiez-les vous-même.
form-language-loading = Chargement de la langue choisie :
form-language-failed = Cette langue n’a pas pu être chargée. Vérifiez votre connexion et choisissez-la à nouveau.
form-keep-draft = Conserver mes réponses sur cet appareil
form-not-answered = Pas de réponse
form-yes = Oui
form-no = Non
form-or = ou
