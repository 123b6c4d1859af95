import {
  APPLICANT_TITLES,
  type Household,
  type HouseholdType,
  type NewHouseholdInput,
} from '../../../../shared/schemas/household';
import { emptyDate, partsFromIso, partsToIso, type DateParts } from '../../components/date-parts';

export interface ChildValues {
  initials: string;
  dateOfBirth: DateParts;
  placementDate: DateParts;
  placementEndedOn: DateParts;
  iroName: string;
}

export interface HouseholdFormValues {
  reference: string;
  displayName: string;
  applicant1: string;
  applicant2: string;
  /** One of APPLICANT_TITLES, 'other' (typed in the title box below it) or '' for none. */
  applicant1Title: string;
  applicant1OtherTitle: string;
  applicant2Title: string;
  applicant2OtherTitle: string;
  formOfAddress: string;
  address: string;
  householdType: HouseholdType | '';
  specialistScheme: string;
  assessingSocialWorker: string;
  supervisingSocialWorker: string;
  applicationReceivedDate: DateParts;
  temporaryApprovalDate: DateParts;
  children: ChildValues[];
}

export function blankHouseholdForm(): HouseholdFormValues {
  return {
    reference: '',
    displayName: '',
    applicant1: '',
    applicant2: '',
    applicant1Title: '',
    applicant1OtherTitle: '',
    applicant2Title: '',
    applicant2OtherTitle: '',
    formOfAddress: '',
    address: '',
    householdType: '',
    specialistScheme: '',
    assessingSocialWorker: '',
    supervisingSocialWorker: '',
    applicationReceivedDate: emptyDate,
    temporaryApprovalDate: emptyDate,
    children: [],
  };
}

export function blankChild(): ChildValues {
  return { initials: '', dateOfBirth: emptyDate, placementDate: emptyDate, placementEndedOn: emptyDate, iroName: '' };
}

const isListed = (title: string) => (APPLICANT_TITLES as readonly string[]).includes(title);

/** A stored title as the form shows it: chosen from the list, or "Other" with the title typed. */
function titleToForm(title: string | null | undefined): { choice: string; other: string } {
  if (!title) return { choice: '', other: '' };
  return isListed(title) ? { choice: title, other: '' } : { choice: 'other', other: title };
}

const titleFromForm = (choice: string, other: string) => (choice === 'other' ? other : choice);

export function householdToForm(household: Household): HouseholdFormValues {
  const [title1, title2] = [titleToForm(household.applicantTitles[0]), titleToForm(household.applicantTitles[1])];
  return {
    reference: household.reference,
    displayName: household.displayName,
    applicant1: household.applicantNames[0] ?? '',
    applicant2: household.applicantNames[1] ?? '',
    applicant1Title: title1.choice,
    applicant1OtherTitle: title1.other,
    applicant2Title: title2.choice,
    applicant2OtherTitle: title2.other,
    formOfAddress: household.formOfAddress ?? '',
    address: household.address ?? '',
    householdType: household.householdType,
    specialistScheme: household.specialistScheme ?? '',
    assessingSocialWorker: household.assessingSocialWorker ?? '',
    supervisingSocialWorker: household.supervisingSocialWorker ?? '',
    applicationReceivedDate: partsFromIso(household.applicationReceivedDate),
    temporaryApprovalDate: partsFromIso(household.temporaryApprovalDate),
    children: household.children.map((c) => ({
      initials: c.initials,
      dateOfBirth: partsFromIso(c.dateOfBirth),
      placementDate: partsFromIso(c.placementDate),
      placementEndedOn: partsFromIso(c.placementEndedOn),
      iroName: c.iroName ?? '',
    })),
  };
}

export function formToHouseholdInput(values: HouseholdFormValues): NewHouseholdInput {
  return {
    reference: values.reference,
    displayName: values.displayName,
    applicantNames: [values.applicant1, values.applicant2].filter((name, index) => index === 0 || name.trim() !== ''),
    applicantTitles: [
      titleFromForm(values.applicant1Title, values.applicant1OtherTitle),
      titleFromForm(values.applicant2Title, values.applicant2OtherTitle),
    ],
    formOfAddress: values.formOfAddress,
    address: values.address,
    householdType: values.householdType as HouseholdType,
    specialistScheme: values.specialistScheme,
    assessingSocialWorker: values.assessingSocialWorker,
    supervisingSocialWorker: values.supervisingSocialWorker,
    applicationReceivedDate: partsToIso(values.applicationReceivedDate),
    temporaryApprovalDate: values.householdType === 'connected_person' ? partsToIso(values.temporaryApprovalDate) : '',
    children: values.children.map((c) => ({
      initials: c.initials,
      dateOfBirth: partsToIso(c.dateOfBirth),
      placementDate: partsToIso(c.placementDate),
      placementEndedOn: partsToIso(c.placementEndedOn),
      iroName: c.iroName,
    })),
  };
}

/** Error-summary links: date fields focus their day box; applicants map to the first or second name box. */
export function householdFieldTargets(values: HouseholdFormValues): Record<string, string> {
  const targets: Record<string, string> = {
    applicationReceivedDate: 'applicationReceivedDate-day',
    temporaryApprovalDate: 'temporaryApprovalDate-day',
    applicantNames: 'applicant1',
    'applicantNames.0': 'applicant1',
    'applicantNames.1': 'applicant2',
    'applicantTitles.0': values.applicant1Title === 'other' ? 'applicant1OtherTitle' : 'applicant1Title',
    'applicantTitles.1': values.applicant2Title === 'other' ? 'applicant2OtherTitle' : 'applicant2Title',
  };
  values.children.forEach((_, i) => {
    targets[`children.${i}.initials`] = `child-${i}-initials`;
    targets[`children.${i}.dateOfBirth`] = `child-${i}-dateOfBirth-day`;
    targets[`children.${i}.placementDate`] = `child-${i}-placementDate-day`;
    targets[`children.${i}.placementEndedOn`] = `child-${i}-placementEndedOn-day`;
  });
  return targets;
}
