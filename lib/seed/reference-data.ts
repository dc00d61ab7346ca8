import type {
  bodyKindEnum,
  engagementLevelEnum,
  membershipStatusEnum,
  organisationKindEnum,
  organisationScopeEnum,
  recommendationEnum,
} from "@/db/schema/enums";

/**
 * Reference data from the source text (/work/shared/seeds/000_*.txt, docs/ARCHITECTURE.md, "Seed data"). Descriptions
 * paraphrase the text; websites are the text's own, only made absolute. What the text does not
 * give (most entry dates) is marked in the note as a placeholder to be completed.
 */

type Kind = (typeof organisationKindEnum.enumValues)[number];
type Scope = (typeof organisationScopeEnum.enumValues)[number];
type BodyKind = (typeof bodyKindEnum.enumValues)[number];
type MembershipStatus = (typeof membershipStatusEnum.enumValues)[number];
type Level = (typeof engagementLevelEnum.enumValues)[number];
type Recommendation = (typeof recommendationEnum.enumValues)[number];

/** Stable keys by which the seed (and tests) refer to the reference organisations. */
export type OrgKey = "eurocities" | "polis" | "ire" | "mozart" | "lhc" | "unesco";

export type SeedOrganisation = {
  key: OrgKey;
  /** Official name: the natural key of an organisation (unique in the database). */
  name: string;
  nameCs: string | null;
  abbreviation: string | null;
  website: string | null;
  kind: Kind;
  scope: Scope;
  description: string;
};

export const REFERENCE_ORGANISATIONS: readonly SeedOrganisation[] = [
  {
    key: "eurocities",
    name: "EUROCITIES",
    nameCs: null,
    abbreviation: null,
    website: "http://www.eurocities.org/main.php",
    kind: "city_network",
    scope: "european",
    description:
      "Nejdůležitější uskupení velkých evropských měst. Prosazuje politiku EU v řízení a rozvoji měst, " +
      "realizuje společné mezinárodní projekty a umožňuje vzájemnou výměnu informací a zkušeností. " +
      "Sdružuje více než 140 velkých měst a zhruba 40 přidružených partnerských měst z 36 evropských zemí. " +
      "Usiluje o ekonomickou prosperitu a udržitelný rozvoj měst a regionů, nová pracovní místa, sociální " +
      "soudržnost a ochranu prostředí a zajišťuje dialog evropských metropolí s institucemi EU. " +
      "Je základem mezinárodní spolupráce HMP s ostatními evropskými metropolemi.",
  },
  {
    key: "polis",
    name: "POLIS",
    nameCs: null,
    abbreviation: null,
    website: "http://www.polis-online.org/",
    kind: "city_network",
    scope: "european",
    description:
      "Síť velkých evropských měst a regionů, která napomáhá výměně zkušeností a informací v oblasti dopravy " +
      "a rozvoji inovativních technologií a politik pro místní dopravu. Členům umožňuje zapojit se do " +
      "konkrétních mezinárodních projektů. Město zastupuje Odbor dopravy MHMP (DOP).",
  },
  {
    key: "ire",
    name: "Institut der Regionen Europas",
    // The source text gives only the German name; the Czech UI names it in Czech like the others.
    nameCs: "Institut evropských regionů",
    abbreviation: "IRE",
    website: "http://www.institut-ire.eu",
    kind: "ngo",
    scope: "european",
    description:
      "Mezinárodní nevládní organizace, která podporuje ekonomické a politické vztahy mezi evropskými " +
      "regiony a městy.",
  },
  {
    key: "mozart",
    name: "European Mozart Ways",
    nameCs: null,
    abbreviation: null,
    website: "http://www.mozartways.com",
    kind: "cultural_route",
    scope: "european",
    description:
      "Mezinárodní síť spojující města, regiony a instituce v deseti evropských zemích, které Mozart " +
      "navštívil během svých cest.",
  },
  {
    key: "lhc",
    name: "League of Historical Cities",
    nameCs: "Liga historických měst",
    abbreviation: null,
    website: "http://www.city.kyoto.jp/somu/kokusai/lhcs/eng/index.htm",
    kind: "city_network",
    scope: "global",
    description:
      "Sdružení historických měst celého světa. Každý měsíc vydává časopis, v němž představuje svou činnost, " +
      "rozhovory se členy a odborné články; pro členy pořádá pravidelné odborné konference.",
  },
  {
    key: "unesco",
    name: "United Nations Educational, Scientific and Cultural Organization",
    nameCs: "Organizace OSN pro výchovu, vědu a kulturu",
    abbreviation: "UNESCO",
    // The source text gives no website; this is UNESCO's well-known official address.
    website: "https://www.unesco.org",
    kind: "intergovernmental",
    scope: "global",
    description:
      "Organizace Spojených národů pro výchovu, vědu a kulturu. Praha je jejím členem, primárně ji však " +
      "zastupuje stát.",
  },
];

export type SeedBody = { name: string; nameCs: string; kind: BodyKind; description: string };

/** The six thematic forums and the coordinating forum of EUROCITIES, as the text lists them. */
export const EUROCITIES_BODIES: readonly SeedBody[] = [
  { name: "Economic Development Forum", nameCs: "Fórum pro ekonomický rozvoj", kind: "forum", description: "Odborné fórum EUROCITIES." },
  { name: "Culture Forum", nameCs: "Kulturní fórum", kind: "forum", description: "Odborné fórum EUROCITIES." },
  { name: "Environment Forum", nameCs: "Fórum pro životní prostředí", kind: "forum", description: "Odborné fórum EUROCITIES." },
  { name: "Knowledge Society Forum", nameCs: "Fórum pro znalostní společnost", kind: "forum", description: "Odborné fórum EUROCITIES." },
  { name: "Mobility Forum", nameCs: "Mobility fórum", kind: "forum", description: "Odborné fórum EUROCITIES." },
  { name: "Social Affairs Forum", nameCs: "Fórum pro sociální záležitosti", kind: "forum", description: "Odborné fórum EUROCITIES." },
  {
    name: "Cooperation Forum",
    nameCs: "Fórum pro mezinárodní spolupráci",
    kind: "forum",
    description: "Koordinační fórum EUROCITIES pro mezinárodní spolupráci.",
  },
];

const ENTRY_DATE_UNKNOWN = "Zdrojový text datum vstupu neuvádí: datum vstupu doplnit (demo).";

export type SeedPeriod = {
  org: OrgKey;
  status: MembershipStatus;
  validFrom: string;
  validTo: string | null;
  note: string;
};

export const REFERENCE_PERIODS: readonly SeedPeriod[] = [
  {
    org: "eurocities",
    status: "observer",
    validFrom: "1993-01-01",
    validTo: "2004-04-30",
    note: "Pozorovatelem od roku 1993; přesný den vstupu zdrojový text neuvádí (1. 1. 1993 je zástupné datum).",
  },
  {
    org: "eurocities",
    status: "full",
    validFrom: "2004-05-01",
    validTo: null,
    note: "Řádným členem po vstupu ČR do EU (1. 5. 2004).",
  },
  { org: "polis", status: "full", validFrom: "2003-01-01", validTo: null, note: ENTRY_DATE_UNKNOWN },
  { org: "ire", status: "full", validFrom: "2006-01-01", validTo: null, note: ENTRY_DATE_UNKNOWN },
  { org: "mozart", status: "full", validFrom: "2006-01-01", validTo: null, note: ENTRY_DATE_UNKNOWN },
  { org: "lhc", status: "full", validFrom: "1995-01-01", validTo: null, note: ENTRY_DATE_UNKNOWN },
  {
    org: "unesco",
    status: "via_state",
    validFrom: "1993-01-01",
    validTo: null,
    note: "Praha je členem UNESCO, primárně ji však zastupuje stát. " + ENTRY_DATE_UNKNOWN,
  },
];

/** The department the text names: DOP MHMP represents the city in POLIS. */
export const REFERENCE_DEPARTMENTS = [{ code: "DOP", name: "Odbor dopravy" }] as const;

/** POLIS is represented by the transport department ("zástupců DOP MHMP"). */
export const POLIS_REPRESENTATION = {
  org: "polis" as OrgKey,
  departmentCode: "DOP",
  role: "primary_contact" as const,
  validFrom: "2003-01-01",
  note: "Podle zdrojového textu zastupují HMP v POLIS zástupci DOP MHMP; datum od doplnit (demo).",
};

export type SeedAssessment = {
  org: OrgKey;
  level: Level;
  activity: number | null;
  continuity: number | null;
  benefit: number | null;
  recommendation: Recommendation | null;
  rationale: string;
};

/** The text's own judgement of each cooperation, as the first yearly assessment. */
export const REFERENCE_ASSESSMENTS: readonly SeedAssessment[] = [
  {
    org: "eurocities",
    level: "essential",
    activity: 3,
    continuity: 3,
    benefit: 3,
    recommendation: "continue",
    rationale:
      "Zdrojový text: „Spolupráce HMP s touto mezinárodní organizací, resp. participace na jejích programech, " +
      "je aktivní, soustavná a pro mezinárodní vztahy HMP zásadní.“",
  },
  {
    org: "polis",
    level: "active",
    activity: 2,
    continuity: 3,
    benefit: 3,
    recommendation: "continue",
    rationale: "Zdrojový text: „Spolupráce HMP, tedy zástupců DOP MHMP, je aktivní, dlouhodobá a pro město velmi přínosná.“",
  },
  {
    org: "ire",
    level: "limited",
    activity: 1,
    continuity: 1,
    benefit: 1,
    recommendation: "review",
    rationale: "Zdrojový text: „Spolupráce zástupců města na aktivitách této organizace je spíše omezená.“",
  },
  {
    org: "mozart",
    level: "limited",
    activity: 1,
    continuity: 1,
    benefit: 1,
    recommendation: "review",
    rationale: "Zdrojový text: „Spolupráce zástupců města na aktivitách této organizace je spíše omezená.“",
  },
  {
    org: "lhc",
    level: "ad_hoc",
    activity: 1,
    continuity: 0,
    benefit: 1,
    recommendation: "review",
    rationale: "Zdrojový text: „Spolupráce zástupců HMP je omezená na ad hoc aktivity.“",
  },
  {
    org: "unesco",
    level: "not_assessed",
    activity: null,
    continuity: null,
    benefit: null,
    recommendation: null,
    rationale:
      "Zdrojový text: Praha je členem UNESCO, „kde ji ale primárně zastupuje stát“; spolupráci města se proto " +
      "samostatně nehodnotí.",
  },
];
