import type { FieldErrors } from "@/lib/errors";
import cs from "./messages/cs.json";
import en from "./messages/en.json";

/**
 * The write path's messages in English (docs/ARCHITECTURE.md, "Formats and languages").
 *
 * The schemas and commands word their refusals in Czech, the language of record, and stay ONE
 * schema each: the English UI translates a refusal where it becomes form state (`runAction`,
 * lib/actions.ts), by this catalogue keyed by the Czech text. A message with numbers or dates in
 * it is matched by a pattern; a message made of several sentences is translated sentence by
 * sentence. `tests/unit/validation-en.test.ts` fails when a Czech message literal of the write
 * path has no English here.
 */
export const VALIDATION_EN: Readonly<Record<string, string>> = {
  // lib/errors.ts
  "Nejste přihlášeni. Přihlaste se prosím znovu.": "You are not signed in. Please sign in again.",
  "K této akci nemáte oprávnění.": "You do not have permission for this action.",
  "Formulář obsahuje chyby. Opravte prosím označená pole.": "The form has errors. Please correct the marked fields.",
  "Záznam nebyl nalezen. Mohl být mezitím odstraněn.": "The record was not found. It may have been deleted in the meantime.",
  "Záznam mezitím změnil někdo jiný. Načtěte stránku znovu a změny zopakujte.":
    "Someone else changed the record in the meantime. Reload the page and make your changes again.",
  "Záznam je v rozporu s jiným existujícím záznamem.": "The record conflicts with another existing record.",
  "Příliš mnoho pokusů. Zkuste to prosím později.": "Too many attempts. Please try again later.",
  "Databáze je dočasně nedostupná, zkuste to za chvíli; nic se neuložilo.":
    "The database is temporarily unavailable; try again in a moment. Nothing was saved.",
  "Něco se nepovedlo na naší straně. Nic nebylo uloženo; zkuste to prosím znovu.":
    "Something went wrong on our side. Nothing was saved; please try again.",
  // lib/validation.ts, lib/money.ts
  "Text obsahuje nepovolený znak (NUL). Odstraňte ho prosím.": "The text contains a character that is not allowed (NUL). Please remove it.",
  "Zadejte platné datum (rok 1 až 9999).": "Enter a valid date (year 1 to 9999).",
  "Vyplňte prosím toto pole.": "Please fill in this field.",
  "Vyplňte e-mail.": "Enter an e-mail address.",
  "Zadejte platný e-mail, např. jana.novakova@praha.eu.": "Enter a valid e-mail address, e.g. jana.novakova@praha.eu.",
  "Chybí verze záznamu. Načtěte stránku znovu.": "The record's version is missing. Reload the page.",
  "Vyberte prosím položku ze seznamu.": "Please choose an item from the list.",
  "Zadejte částku.": "Enter an amount.",
  "Zadejte částku číslem, např. 1 234,50.": "Enter the amount as a number, e.g. 1,234.50.",
  "Částka nesmí být záporná.": "The amount must not be negative.",
  "Nejvýše 2 desetinná místa (haléře, centy).": "At most 2 decimal places (hellers, cents).",
  "Zadejte platnou webovou adresu, např. https://eurocities.eu.": "Enter a valid web address, e.g. https://eurocities.eu.",
  "Zadejte celou adresu začínající https://.": "Enter the full address starting with https://.",
  "Zadejte telefon, např. +420 236 000 000.": "Enter a phone number, e.g. +420 236 000 000.",
  // organisations, bodies, periods
  "Zadejte oficiální název organizace.": "Enter the organisation's official name.",
  "Zadejte název orgánu.": "Enter the body's name.",
  "Vyberte druh orgánu.": "Choose the kind of body.",
  "Vyberte působnost.": "Choose the scope.",
  "Vyberte status členství.": "Choose the membership status.",
  "Zadejte datum začátku.": "Enter the start date.",
  "Zadejte platné datum začátku.": "Enter a valid start date.",
  "Zadejte platné datum konce.": "Enter a valid end date.",
  "Zadejte platné datum konce, nebo pole nechte prázdné.": "Enter a valid end date, or leave the field empty.",
  "Zadejte datum ukončení.": "Enter the end date.",
  "Zadejte usnesení, kterým členství končí.": "Enter the resolution that ends the membership.",
  "Konec nesmí předcházet začátku.": "The end must not be before the start.",
  "Období se překrývá s jiným obdobím členství této organizace.": "The period overlaps another membership period of this organisation.",
  "Organizace nemá otevřené období členství, které by šlo ukončit.": "The organisation has no open membership period to end.",
  "Organizace s tímto názvem už v registru je.": "An organisation with this name is already in the registry.",
  "Orgán s tímto názvem už tato organizace má.": "This organisation already has a body with this name.",
  "Zadejte celý počet měsíců.": "Enter a whole number of months.",
  "Nejméně 0 měsíců.": "At least 0 months.",
  "Nejvýše 24 měsíců.": "At most 24 months.",
  // notice rules
  "Vyberte druh výpovědní lhůty.": "Choose the kind of notice period.",
  "Zadejte, kolik měsíců lhůta trvá.": "Enter how many months the notice period lasts.",
  "Zadejte počet měsíců, celé číslo od 0 do 36.": "Enter the number of months, a whole number from 0 to 36.",
  "Zadejte měsíc, kterým končí finanční rok organizace.": "Enter the month in which the organisation's financial year ends.",
  "Zadejte den, kterým končí finanční rok organizace.": "Enter the day on which the organisation's financial year ends.",
  "Zadejte měsíc, celé číslo od 1 do 12.": "Enter the month, a whole number from 1 to 12.",
  "Zadejte den, celé číslo od 1 do 31.": "Enter the day, a whole number from 1 to 31.",
  "Takový den v tomto měsíci není.": "This month has no such day.",
  "Pravidlo pro tuto organizaci už mezitím zapsal někdo jiný. Načtěte stránku znovu.":
    "Someone else has recorded a rule for this organisation in the meantime. Reload the page.",
  "Pravidlo se nepodařilo uložit.": "The rule could not be saved.",
  // fees
  "Zadejte rok, např. 2026.": "Enter a year, e.g. 2026.",
  "Zadejte rok celým číslem, např. 2026.": "Enter the year as a whole number, e.g. 2026.",
  "Zadejte rok celým číslem.": "Enter the year as a whole number.",
  "Rok musí být mezi 1900 a 2200.": "The year must be between 1900 and 2200.",
  "Rok nejvýše 2200.": "Year 2200 at the latest.",
  "Zadejte rok nejvýše 2200.": "Enter a year no later than 2200.",
  "Zadejte kód měny, např. EUR.": "Enter a currency code, e.g. EUR.",
  "Zadejte třípísmenný kód měny, např. EUR.": "Enter a three-letter currency code, e.g. EUR.",
  "Neznámý kód měny. Zadejte třípísmenný kód podle ISO 4217, např. EUR, CZK nebo USD.":
    "Unknown currency code. Enter a three-letter ISO 4217 code, e.g. EUR, CZK or USD.",
  "Datum zaplacení nesmí předcházet datu vystavení faktury.": "The payment date must not be before the invoice date.",
  "Zaplacený poplatek musí mít datum zaplacení.": "A paid fee must have a payment date.",
  "Zaplacený poplatek musí mít částku zaplacenou v Kč (podle účetnictví).": "A paid fee must have the amount paid in CZK (as booked).",
  "Stav se vrací zpět (oprava). Uveďte prosím do poznámky k opravě, proč; zůstane v auditním záznamu.":
    "The status goes back (a correction). Please say why in the correction note; it stays in the audit record.",
  "Vyberte soubor s kurzy ČNB.": "Choose a file with ČNB exchange rates.",
  "Soubor je příliš velký; kurzovní lístek ČNB má desítky kilobajtů.": "The file is too large; a ČNB rate sheet is tens of kilobytes.",
  // meetings, attendance, trip reports
  "Zadejte název jednání": "Enter the meeting's title",
  "Zadejte název jednání.": "Enter the meeting's title.",
  "Vyberte druh jednání.": "Choose the kind of meeting.",
  "Vyberte orgán ze seznamu.": "Choose a body from the list.",
  "Vybraný orgán nepatří k této organizaci.": "The chosen body does not belong to this organisation.",
  "Vybraný orgán patří jiné organizaci. Vyberte orgán této organizace, nebo celou organizaci.":
    "The chosen body belongs to another organisation. Choose a body of this organisation, or the whole organisation.",
  "Konec jednání nesmí být před jeho začátkem.": "The meeting's end must not be before its start.",
  "U osobního jednání zadejte zemi (dvoupísmenný kód, např. BE).": "For an in-person meeting, enter the country (a two-letter code, e.g. BE).",
  "Zadejte dvoupísmenný kód země, např. BE nebo CZ.": "Enter a two-letter country code, e.g. BE or CZ.",
  "Online jednání se nelze účastnit osobně; zvolte online.": "An online meeting cannot be attended in person; choose online.",
  "Online účast nemá cestovní náklady; pole nechte prázdné.": "Online attendance has no travel costs; leave the field empty.",
  "Zapište alespoň jednoho účastníka.": "Add at least one attendee.",
  "Nejvýše 100 účastníků v jednom formuláři.": "At most 100 attendees in one form.",
  "Vyberte osobu ze seznamu, nebo přidejte novou.": "Choose a person from the list, or add a new one.",
  "Vyplňte jméno nové osoby.": "Enter the new person's first name.",
  "Vyplňte příjmení nové osoby.": "Enter the new person's last name.",
  "Vyberte stav účasti.": "Choose the attendance status.",
  "Vyberte způsob účasti.": "Choose how they attend.",
  "Tato osoba už je na jednání zapsána.": "This person is already recorded at the meeting.",
  "Tato osoba v registru není; vyberte ji znovu ze seznamu.": "This person is not in the registry; choose them from the list again.",
  "Anonymizovanou osobu nelze zapsat na jednání.": "An anonymised person cannot be recorded at a meeting.",
  "Váš odbor toto jednání nezastupuje: organizaci ani orgán v den jednání nezastupuje, proto jej nemůžete zapsat.":
    "Your department does not represent this meeting: it represents neither the organisation nor the body on the meeting's date, so you cannot record it.",
  "Napište text zprávy z cesty.": "Write the text of the trip report.",
  "Zadejte platné datum odevzdání zprávy.": "Enter a valid date on which the report was filed.",
  "Zpráva nemůže být odevzdána před koncem jednání.": "The report cannot be filed before the meeting ends.",
  "Zprávu z cesty lze zapsat až po skončení jednání.": "A trip report can be written only after the meeting has ended.",
  // people, departments, representations
  "Zadejte jméno.": "Enter the first name.",
  "Zadejte příjmení.": "Enter the last name.",
  "Zadejte platné datum odchodu, nebo pole nechte prázdné.": "Enter a valid leaving date, or leave the field empty.",
  "Osoba byla anonymizována; její údaje už nelze měnit.": "The person has been anonymised; their details can no longer be changed.",
  "Osoba už byla anonymizována.": "The person has already been anonymised.",
  "Uveďte důvod anonymizace.": "Give the reason for anonymising.",
  "Potvrďte, že chcete osobní údaje nevratně odstranit.": "Confirm that you want to remove the personal data irreversibly.",
  "Zadejte název odboru.": "Enter the department's name.",
  "Kód je jedno slovo z písmen a číslic, např. DOP.": "The code is one word of letters and digits, e.g. DOP.",
  "Odbor s tímto kódem už v registru je.": "A department with this code is already in the registry.",
  "Zadejte platné datum zrušení, nebo pole nechte prázdné.": "Enter a valid abolition date, or leave the field empty.",
  "Vyberte prosím odbor ze seznamu.": "Please choose a department from the list.",
  "Vybraný odbor neexistuje. Načtěte stránku znovu a vyberte jiný.": "The chosen department does not exist. Reload the page and choose another.",
  "Vyberte prosím roli ze seznamu.": "Please choose a role from the list.",
  "Vyberte osobu, nebo odbor, který zastupuje jako celek.": "Choose a person, or a department that represents as a whole.",
  "Vyberte buď osobu, nebo celý odbor, ne obojí.": "Choose either a person or a whole department, not both.",
  "Zadejte datum začátku mandátu.": "Enter the date the mandate starts.",
  "Zadejte poslední den mandátu.": "Enter the last day of the mandate.",
  "Zadejte platné datum konce, nebo pole nechte prázdné (mandát bez konce).": "Enter a valid end date, or leave the field empty (a mandate without end).",
  "Konec mandátu nesmí předcházet jeho začátku.": "The mandate's end must not be before its start.",
  "Anonymizované osobě nelze svěřit mandát.": "An anonymised person cannot be given a mandate.",
  "Koho zastupuje se vyplňuje jen u role Zástupce.": "Whom they stand in for is filled in only for the Deputy role.",
  "Zástupce musí někoho zastupovat: vyberte zastoupení, za které zastupuje.": "A deputy must stand in for someone: choose the seat they stand in for.",
  "Zástupce nemůže zastupovat jiného zástupce; vyberte hlavní mandát.": "A deputy cannot stand in for another deputy; choose the main mandate.",
  "Zastoupení nemůže zastupovat samo sebe.": "A seat cannot stand in for itself.",
  "Zastupovat lze jen zástupce ve stejné organizaci.": "A deputy can stand in only within the same organisation.",
  "Za toto zastoupení někdo zastupuje; nejprve upravte jeho zástupce.": "Someone stands in for this seat; change their deputy first.",
  // users
  "Zadejte jméno uživatele.": "Enter the user's name.",
  "Heslo nesmí být jen z mezer.": "The password must not be only spaces.",
  "Pracovník odboru musí mít vybraný odbor.": "A department staff member must have a department.",
  "Uživatel s tímto e-mailem už existuje.": "A user with this e-mail address already exists.",
  "Sami sobě nemůžete odebrat roli správce systému.": "You cannot remove the administrator role from yourself.",
  "Svůj vlastní účet nemůžete deaktivovat.": "You cannot deactivate your own account.",
  "Chybí identifikátor uživatele. Načtěte stránku znovu.": "The user's identifier is missing. Reload the page.",
  // assessments
  "Zadejte datum hodnocení.": "Enter the assessment date.",
  "Vyberte úroveň zapojení.": "Choose the engagement level.",
  "Vyberte doporučení ze seznamu.": "Choose a recommendation from the list.",
  "U hodnocené úrovně vyberte doporučení.": "For an assessed level, choose a recommendation.",
  "U doporučení „přezkoumat“ a „vystoupit“ napište zdůvodnění.": "For the recommendations “review” and “withdraw”, write a rationale.",
  "Dimenze hodnocení musí být v rozsahu 0 až 3.": "Assessment dimensions must be between 0 and 3.",
  "Kritéria se hodnotí stupněm 1 až 4.": "Criteria are scored from 1 to 4.",
  "Zdůvodněte index A: ohodnotili jste některé jeho kritérium.": "Give reasons for index A: you scored some of its criteria.",
  "Zdůvodněte index B: ohodnotili jste některé jeho kritérium.": "Give reasons for index B: you scored some of its criteria.",
  "Pro tuto organizaci a rok už hodnocení existuje. Upravte prosím to stávající.":
    "An assessment for this organisation and year already exists. Please edit the existing one.",
  "Posoudit lze jen koncept; toto hodnocení už bylo posouzeno.": "Only a draft can be reviewed; this assessment has already been reviewed.",
  "Vlastní hodnocení schválit ani vrátit nemůžete; posoudit ho musí jiný manažer.":
    "You cannot approve or return your own assessment; another manager must review it.",
  "Vyberte, zda hodnocení schválit, nebo vrátit.": "Choose whether to approve or return the assessment.",
  "Při vrácení napište komentář: co je třeba změnit.": "When returning, write a comment: what needs to change.",
  "Chybí verze konceptu. Načtěte prosím stránku znovu.": "The draft's version is missing. Please reload the page.",
  // council report, calendar, reminders
  "Napište úvod zprávy.": "Write the report's introduction.",
  "Koncept zprávy nebyl nalezen.": "The draft report was not found.",
  "Koncept zprávy za tento rok už existuje. Otevřete prosím ten stávající.": "A draft report for this year already exists. Please open the existing one.",
  "Tato zpráva už byla dokončena a nelze ji měnit. Připravte prosím novou verzi.":
    "This report has been finalised and cannot be changed. Please prepare a new version.",
  "Tato zpráva už byla dokončena.": "This report has already been finalised.",
  "Vyberte, čí jednání má kalendář obsahovat.": "Choose whose meetings the calendar should hold.",
  "Neznámý druh upozornění.": "Unknown kind of reminder.",
  "Vyberte, jak chcete upozornění dostávat.": "Choose how you want to receive reminders.",
  // fee planning rates, accounts linked to people, set-password links
  "Zadejte kurz, např. 25,10.": "Enter a rate, e.g. 25.10.",
  "Kurz musí být větší než nula.": "The rate must be greater than zero.",
  "Koruna kurz nepotřebuje; zvolte cizí měnu, např. EUR.": "The crown needs no rate; choose a foreign currency, e.g. EUR.",
  "Zadejte množství celým číslem, např. 1 nebo 100.": "Enter the amount as a whole number, e.g. 1 or 100.",
  "Množství musí být alespoň 1.": "The amount must be at least 1.",
  "Množství je příliš velké (nejvýše 1 000 000).": "The amount is too large (at most 1,000,000).",
  "Plánovací kurz této měny pro tento rok mezitím nastavil někdo jiný. Načtěte stránku znovu.":
    "Someone else has set the planning rate of this currency for this year in the meantime. Reload the page.",
  "Plánovací kurz se nepodařilo uložit.": "The planning rate could not be saved.",
  "Vyberte prosím osobu ze seznamu.": "Please choose a person from the list.",
  "Odkaz je neplatný.": "The link is not valid.",
  "Zadejte heslo ještě jednou.": "Enter the password once more.",
  "Hesla se neshodují. Zadejte stejné heslo dvakrát.": "The passwords do not match. Enter the same password twice.",
  "Deaktivovaný účet nemůže dostat odkaz pro nastavení hesla. Nejdřív ho znovu aktivujte.":
    "A deactivated account cannot get a set-password link. Reactivate it first.",
  "Tato osoba už je propojena s jiným účtem.": "This person is already linked to another account.",
  "Vybraná osoba v registru není nebo je anonymizovaná. Vyberte jinou.": "The chosen person is not in the registry or is anonymised. Choose another.",
};

const STATUS_EN = new Map(
  Object.entries(cs.enums.membershipStatus).map(([k, v]) => [v, en.enums.membershipStatus[k as keyof typeof en.enums.membershipStatus]]),
);

/** Messages with numbers, dates or names in them. The Czech plural of "znak" is any of its forms. */
const PATTERNS: readonly [RegExp, (...m: string[]) => string][] = [
  [/^Text je příliš dlouhý: nejvýše ([\d\s  ]+) znak\S*, zadáno ([\d\s  ]+) znak\S*\.$/, (_, max, n) => `The text is too long: at most ${max} characters, ${n} entered.`],
  [/^Nejvýše ([\d\s  ]+) znak\S*\.$/, (_, max) => `At most ${max} characters.`],
  [/^(Text|Úvod) může mít nejvýše (\d+) znaků\.$/, (_, what, max) => `The ${what === "Úvod" ? "introduction" : "text"} may have at most ${max} characters.`],
  [/^Heslo musí mít alespoň (\d+) znaků\.$/, (_, n) => `The password must have at least ${n} characters.`],
  [/^Heslo může mít nejvýše (\d+) znaků\.$/, (_, n) => `The password may have at most ${n} characters.`],
  [/^Nejméně (-?\d+)\.$/, (_, n) => `At least ${n}.`],
  [/^Nejvýše (-?\d+)\.$/, (_, n) => `At most ${n}.`],
  [/^Rok nejdříve (\d+)\.$/, (_, n) => `Year ${n} at the earliest.`],
  [/^Hodnotit lze nejvýše rok (\d+)\.$/, (_, n) => `Years up to ${n} can be assessed.`],
  [/^Vyberte stupeň (\d+) až (\d+)\.$/, (_, a, b) => `Choose a score from ${a} to ${b}.`],
  [/^Zadejte celé číslo od (-?\d+) do (-?\d+)\.$/, (_, a, b) => `Enter a whole number from ${a} to ${b}.`],
  [/^Zadejte rok (\d+) nebo pozdější\.$/, (_, n) => `Enter the year ${n} or later.`],
  [/^Částka je příliš velká \(nejvýše (.+)\)\.$/, (_, max) => `The amount is too large (at most ${max}).`],
  [/^Období se překrývá s obdobím „(.+)“ \((.+)\)\.$/, (_, status, range) => `The period overlaps the “${STATUS_EN.get(status) ?? status}” period (${range}).`],
  [/^Datum ukončení nesmí předcházet začátku období \((.+)\)\.$/, (_, d) => `The end date must not be before the period's start (${d}).`],
  [/^Mandát začal (.+)\.$/, (_, d) => `The mandate started on ${d}.`],
  [/^Osoba k (.+) z magistrátu odešla; mandát nemůže začít později\.$/, (_, d) => `The person left City Hall on ${d}; the mandate cannot start later.`],
  [/^Odbor (\S+) byl (.+) zrušen\.$/, (_, code, d) => `Department ${code} was abolished on ${d}.`],
  [/^Odbor (\S+) byl zrušen; vyberte jiný\.$/, (_, code) => `Department ${code} has been abolished; choose another.`],
  [/^V roce (\d+) nejsou žádné poplatky, z nichž by šel plán sestavit\.$/, (_, y) => `There are no fees in ${y} to build a plan from.`],
  [/^Plán na rok (\d+) už existuje \((\d+) poplat\S*\)\. Druhý plán se nevytváří; upravte stávající poplatky\.$/,
    (_, y, n) => `A plan for ${y} already exists (${n} ${n === "1" ? "fee" : "fees"}). A second plan is not made; edit the existing fees.`],
];

function translateOne(text: string): string | undefined {
  const exact = VALIDATION_EN[text];
  if (exact !== undefined) return exact;
  for (const [pattern, replace] of PATTERNS) {
    const m = pattern.exec(text);
    if (m) return replace(...m);
  }
  return undefined;
}

/**
 * A Czech message of the write path in English: whole, else pattern, else sentence by sentence
 * ("Konec mandátu nesmí předcházet jeho začátku. Mandát začal 1. 1. 2026."); a sentence the
 * catalogue lacks stays Czech rather than vanish.
 */
export function messageInEnglish(text: string): string {
  const whole = translateOne(text);
  if (whole !== undefined) return whole;
  const sentences = text.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  if (sentences.length < 2) return text;
  return sentences.map((s) => translateOne(s) ?? s).join(" ");
}

export function fieldErrorsInEnglish(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([field, messages]) => [field, messages.map(messageInEnglish)]));
}
