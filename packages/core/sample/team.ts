import type { Agency, Involvement, Professional } from '../src/schema/index.js';

/* The team around the family. Telephone numbers are in Ofcom's drama range (01632 960xxx); e-mail domains are example ones. */

export const agencies: Agency[] = [
  { id: 'a-csc', name: "Glanrhyd County Borough Council Children's Services", sector: 'social-care' },
  { id: 'a-eh', name: 'Glanrhyd Team Around the Family (Early Help)', sector: 'early-help' },
  { id: 'a-police', name: 'Glanrhyd Police', sector: 'police' },
  { id: 'a-school-primary', name: 'Ysgol Gynradd Bryn Awel', sector: 'education' },
  { id: 'a-school-secondary', name: 'Ysgol Uwchradd Glanrhyd', sector: 'education' },
  { id: 'a-gp', name: 'Heol Fawr Medical Practice', sector: 'health' },
  { id: 'a-hv', name: 'Health Visiting Service, Glanrhyd University Health Board', sector: 'health' },
  { id: 'a-ed', name: 'Emergency Department, Ysbyty Glanrhyd', sector: 'health' },
  { id: 'a-housing', name: 'Cartrefi Glanrhyd Housing Association', sector: 'housing' },
  { id: 'a-probation', name: 'Probation Service, Glanrhyd Delivery Unit', sector: 'probation' },
  { id: 'a-camhs', name: 'CAMHS, Glanrhyd University Health Board', sector: 'mental-health' },
  { id: 'a-sms', name: 'Glanrhyd Drug and Alcohol Service', sector: 'substance-misuse' },
  { id: 'a-wa', name: "Glanrhyd Women's Aid", sector: 'voluntary' },
];

const pro = (id: string, name: string, role: string, agencyId: string, tel: number, email?: string, extra: Partial<Professional> = {}): Professional => ({
  id, name, role, agencyId, phone: `01632 960${String(tel).padStart(3, '0')}`, ...(email ? { email } : {}), ...extra,
});

export const professionals: Professional[] = [
  pro('pr-sophie', 'Sophie Bennett', 'Social Worker', 'a-csc', 101, 'sophie.bennett@example.gov.uk'),
  pro('pr-mark', 'Mark Kendrick', 'Social Worker', 'a-csc', 102, 'mark.kendrick@example.gov.uk'),
  pro('pr-anwen', 'Anwen Rees', 'Team Manager, Safeguarding Team 2', 'a-csc', 103, 'anwen.rees@example.gov.uk'),
  pro('pr-susan', 'Susan Fairclough', 'Child Protection Conference Chair', 'a-csc', 104, 'susan.fairclough@example.gov.uk'),
  pro('pr-kerry', 'Kerry Jones', 'Family Support Worker', 'a-eh', 110, 'kerry.jones@example.gov.uk'),
  pro('pr-hartley', 'PC Daniel Hartley', 'Public Protection Unit Officer', 'a-police', 120, 'daniel.hartley@police.example.gov.uk'),
  pro('pr-bethan', 'Bethan Howells', 'Designated Safeguarding Person and Deputy Head', 'a-school-primary', 130, 'bethan.howells@example.sch.uk'),
  pro('pr-paul', 'Paul Whitaker', 'Head of Year 9 and Designated Safeguarding Person', 'a-school-secondary', 131, 'paul.whitaker@example.sch.uk'),
  pro('pr-shah', 'Dr Imran Shah', 'General Practitioner', 'a-gp', 140),
  pro('pr-catrin', 'Catrin Lloyd', 'Health Visitor', 'a-hv', 141, 'catrin.lloyd@example.nhs.uk'),
  pro('pr-claire', 'Claire Ashworth', 'Probation Officer', 'a-probation', 150, 'claire.ashworth@example.gov.uk'),
  pro('pr-nia', 'Dr Nia Griffiths', 'Clinical Psychologist', 'a-camhs', 160, 'nia.griffiths@example.nhs.uk'),
  pro('pr-lee', 'Lee Carter', 'Substance Misuse Key Worker', 'a-sms', 170, 'lee.carter@example.org'),
  pro('pr-rachel', 'Rachel Owen', 'Independent Domestic Violence Adviser', 'a-wa', 180, undefined, { sensitiveRole: true }),
  pro('pr-gareth', 'Gareth Pugh', 'Housing Officer', 'a-housing', 190, 'gareth.pugh@example.org'),
];

const KIDS = ['p-tyler', 'p-ruby', 'p-megan'];

export const involvements: Involvement[] = [
  { id: 'i-sophie', professionalId: 'pr-sophie', personIds: [...KIDS, 'p-alfie'], purpose: 'Allocated social worker: child protection plan and kinship placement', lead: true, from: '2023-03-13', strength: 'strong', consent: 'not-required', lastContact: '2025-09-23' },
  { id: 'i-mark', professionalId: 'pr-mark', personIds: KIDS, purpose: 'Allocated social worker: child protection plan 2021–22, then child in need plan', lead: true, from: '2021-07-05', to: '2023-03-10', strength: 'moderate', consent: 'not-required', lastContact: '2023-03-09' },
  { id: 'i-anwen', professionalId: 'pr-anwen', personIds: KIDS, purpose: 'Case supervision and management oversight', from: '2021-07', strength: 'moderate', consent: 'not-required', lastContact: '2025-08-14' },
  { id: 'i-susan', professionalId: 'pr-susan', personIds: [...KIDS, 'p-alfie'], purpose: 'Chairs the child protection conferences', from: '2021-08', consent: 'not-required', lastContact: '2025-04-08' },
  { id: 'i-kerry', professionalId: 'pr-kerry', personIds: ['p-kayleigh', ...KIDS], purpose: 'Team Around the Family support after the separation', from: '2019-10-07', to: '2020-03-20', strength: 'strong', consent: 'given', lastContact: '2020-03-17' },
  { id: 'i-hartley', professionalId: 'pr-hartley', personIds: ['p-kayleigh', 'p-jordan', 'p-tyler'], purpose: 'Domestic abuse investigations; missing-person return interviews', from: '2021-05', strength: 'moderate', consent: 'not-required', lastContact: '2024-06-30' },
  { id: 'i-bethan', professionalId: 'pr-bethan', personIds: ['p-ruby', 'p-megan'], purpose: "Twins' school: attendance, welfare and core group member", from: '2019-09', strength: 'strong', consent: 'given', lastContact: '2025-09-18' },
  { id: 'i-bethan-tyler', professionalId: 'pr-bethan', personIds: ['p-tyler'], purpose: "Tyler's primary school", from: '2016-09', to: '2022-07-22', strength: 'strong', consent: 'given', lastContact: '2022-07-15' },
  { id: 'i-paul', professionalId: 'pr-paul', personIds: ['p-tyler'], purpose: "Tyler's secondary school: attendance, behaviour and pastoral support", from: '2022-09', strength: 'tenuous', consent: 'given', lastContact: '2025-09-11' },
  { id: 'i-shah', professionalId: 'pr-shah', personIds: ['p-kayleigh', ...KIDS, 'p-alfie'], purpose: 'Family GP', from: '2011', strength: 'moderate', consent: 'given', lastContact: '2024-11-05' },
  { id: 'i-catrin', professionalId: 'pr-catrin', personIds: ['p-alfie', 'p-kayleigh'], purpose: 'Health visiting for Alfie (Healthy Child Wales Programme)', from: '2021-12', to: '2024-02-28', strength: 'strong', consent: 'given', lastContact: '2024-02-20' },
  { id: 'i-claire', professionalId: 'pr-claire', personIds: ['p-jordan'], purpose: 'Supervision of community order (assault); Building Better Relationships programme', from: '2021-11', to: '2023-11-30', strength: 'stressful', consent: 'not-required', lastContact: '2023-11-27' },
  { id: 'i-nia', professionalId: 'pr-nia', personIds: ['p-tyler'], purpose: 'Therapeutic support for trauma and anger', from: '2023-07-11', strength: 'moderate', consent: 'given', lastContact: '2025-07-29' },
  { id: 'i-lee-kayleigh', professionalId: 'pr-lee', personIds: ['p-kayleigh'], purpose: 'Support to reduce alcohol use', from: '2022-11', to: '2024-05', strength: 'tenuous', consent: 'given', lastContact: '2024-04-16' },
  { id: 'i-lee-liam', professionalId: 'pr-lee', personIds: ['p-liam'], purpose: 'Alcohol assessment requested by the core group', from: '2021-10', to: '2021-12', strength: 'stressful', consent: 'refused', lastContact: '2021-11' },
  { id: 'i-rachel', professionalId: 'pr-rachel', personIds: ['p-kayleigh'], purpose: 'Safety planning and refuge support', from: '2021-05-25', strength: 'strong', consent: 'given', lastContact: '2025-06-02' },
  { id: 'i-gareth', professionalId: 'pr-gareth', personIds: ['p-kayleigh'], purpose: 'Tenancy and emergency rehousing', from: '2020-09', strength: 'moderate', consent: 'not-asked', lastContact: '2022-03' },
];
