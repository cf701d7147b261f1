/** A user of the seeded directory (the sample organisation, Växjö kommun). */
export interface SeedUser {
  userPrincipalName: string;
  displayName: string;
  givenName: string;
  surname: string;
  jobTitle: string;
  department: string;
}

/** A directory to seed: the users created on first start (idempotent, by UPN). */
export interface DirectorySeed {
  users: SeedUser[];
}

/** The administrations (förvaltningar and bolag) of the sample organisation: id → name. */
export const SEED_ADMINISTRATIONS: ReadonlyArray<{ id: string; name: string }> = [
  { id: 'kommunledning', name: 'Kommunledningsförvaltningen' },
  { id: 'utbildning', name: 'Utbildningsförvaltningen' },
  { id: 'omsorg', name: 'Omsorgsförvaltningen' },
  { id: 'arbete-valfard', name: 'Arbete och välfärd' },
  { id: 'kultur-fritid', name: 'Kultur- och fritidsförvaltningen' },
  { id: 'samhallsbyggnad', name: 'Samhällsbyggnadsförvaltningen' },
  { id: 'miljo-halsa', name: 'Miljö- och hälsoskyddsförvaltningen' },
  { id: 'vaxjo-energi', name: 'Växjö Energi AB' },
  { id: 'vidingehem', name: 'Vidingehem AB' },
  { id: 'vaxjo-kommunforetag', name: 'Växjö kommunföretag AB' },
];

export const SEED_DOMAIN = 'vaxjo.example';

/** Contact person, staff 1, staff 2 per administration, in SEED_ADMINISTRATIONS order. */
const PEOPLE: ReadonlyArray<readonly [string, string]> = [
  ['Maria', 'Johansson'], ['Erik', 'Andersson'], ['Lena', 'Karlsson'],
  ['Johan', 'Nilsson'], ['Karin', 'Eriksson'], ['Anders', 'Larsson'],
  ['Eva', 'Olsson'], ['Per', 'Persson'], ['Ingrid', 'Gustafsson'],
  ['Lars', 'Pettersson'], ['Kristina', 'Jonsson'], ['Mikael', 'Jansson'],
  ['Birgitta', 'Hansson'], ['Fredrik', 'Bengtsson'], ['Elisabeth', 'Jönsson'],
  ['Magnus', 'Lindberg'], ['Anna', 'Lindqvist'], ['Stefan', 'Jakobsson'],
  ['Sofia', 'Magnusson'], ['Daniel', 'Olofsson'], ['Emma', 'Lindström'],
  ['Henrik', 'Lindgren'], ['Malin', 'Axelsson'], ['Jonas', 'Berg'],
  ['Helena', 'Bergström'], ['Mattias', 'Lundberg'], ['Linnea', 'Lind'],
  ['Oskar', 'Lundgren'], ['Ida', 'Lundqvist'], ['Gustav', 'Mattsson'],
];

const ROLES = [
  { prefix: 'kontakt', jobTitle: 'Internationell kontaktperson' },
  { prefix: 'personal1', jobTitle: 'Utvecklingsstrateg' },
  { prefix: 'personal2', jobTitle: 'Handläggare' },
] as const;

function person(upn: string, given: string, surname: string, jobTitle: string, department: string): SeedUser {
  return {
    userPrincipalName: upn,
    displayName: `${given} ${surname}`,
    givenName: given,
    surname,
    jobTitle,
    department,
  };
}

/** The default directory: coordinator, two readers and three people per administration. */
export const DEFAULT_DIRECTORY_SEED: DirectorySeed = {
  users: [
    person(`samordnare@${SEED_DOMAIN}`, 'Sara', 'Lind', 'Internationell samordnare', 'Kommunledningsförvaltningen'),
    person(`ks.ledamot@${SEED_DOMAIN}`, 'Karl', 'Svensson', 'Kommunstyrelsens ordförande', 'Kommunstyrelsen'),
    person(`extern.gast@${SEED_DOMAIN}`, 'Nora', 'Holm', 'Ekonom', 'Servicecenter'),
    ...SEED_ADMINISTRATIONS.flatMap((admin, a) =>
      ROLES.map((role, r) => {
        const [given, surname] = PEOPLE[a * 3 + r] ?? ['Alex', 'Ek'];
        return person(`${role.prefix}.${admin.id}@${SEED_DOMAIN}`, given, surname, role.jobTitle, admin.name);
      }),
    ),
  ],
};
