import { UnitStatus } from '../data/portfolio-values';
import { BASE_RENT_BY_BEDROOMS, chooseFloorplans, Floorplan, TYPICAL_SQUARE_FEET_BY_BEDROOMS } from './floorplans';
import { UnitRow } from './portfolio-rows';
import { Random } from './prng';
import { PropertyProfile } from './property-profile';
import { residentIdentity } from './resident-identity';
import { roundTo } from './rounding';
import { agedBalance, Delinquency } from './unit-delinquency';
import { generateLease, generateSignedLease, preLeasedShare } from './unit-leases';
import { unitNumbers } from './unit-numbers';
import { churnRisk, delinquencyRisk } from './unit-risk';
import { planStatuses } from './unit-statuses';
import { isoDay } from './utc-days';

/** The delinquent share of the residents stays within 8–12 % whatever the rounding. */
const MIN_DELINQUENT = 0.08;
const MAX_DELINQUENT = 0.12;

const NO_ARREARS: Delinquency = { balance: 0, daysPastDue: 0 };

/** Every unit of the property with its current lease, resident, balance and risk scores. */
export function generateUnits(profile: PropertyProfile): UnitRow[] {
  const random = profile.random('units');
  const floorplans = chooseFloorplans(random);
  const statuses = planStatuses(random, profile.unitTotal, profile.occupiedShare);
  const inArrears = pickDelinquent(random, statuses, profile.delinquentShare);
  return unitNumbers(random, profile.unitTotal).map((unitNumber, index) => {
    const status = statuses[index] ?? 'vacant';
    const floorplan = random.weighted(floorplans.map((plan) => [plan, plan.weight] as const));
    const marketRent = marketRentOf(random, profile, floorplan);
    const layout = {
      propertyId: profile.property.id,
      unitNumber,
      floorplan: floorplan.name,
      bedrooms: floorplan.bedrooms,
      bathrooms: floorplan.bathrooms,
      squareFeet: floorplan.squareFeet,
      marketRent,
      status,
    };
    if (status === 'vacant' && random.chance(preLeasedShare(profile.asOf))) {
      return { ...layout, ...incomingResident(random, profile, marketRent) };
    }
    if (status !== 'occupied' && status !== 'notice') {
      return { ...layout, ...EMPTY_UNIT };
    }
    const lease = generateLease(random, profile, status === 'notice', marketRent);
    const resident = residentIdentity(random, profile.city.areaCode);
    const arrears = inArrears.has(index) ? agedBalance(random, lease.currentRent) : NO_ARREARS;
    const situation = {
      status,
      daysToLeaseEnd: lease.end - profile.asOf,
      renewalStatus: lease.renewalStatus,
      daysPastDue: arrears.daysPastDue,
    };
    return {
      ...layout,
      currentRent: lease.currentRent,
      previousRent: lease.previousRent,
      leaseStart: isoDay(lease.start),
      leaseEnd: isoDay(lease.end),
      renewalStatus: lease.renewalStatus,
      residentName: resident.name,
      residentEmail: resident.email,
      residentPhone: resident.phone,
      balance: arrears.balance,
      daysPastDue: arrears.daysPastDue,
      churnRisk: churnRisk(random, situation),
      delinquencyRisk: delinquencyRisk(random, situation),
    };
  });
}

const EMPTY_UNIT = {
  currentRent: null,
  previousRent: null,
  leaseStart: null,
  leaseEnd: null,
  renewalStatus: null,
  residentName: null,
  residentEmail: null,
  residentPhone: null,
  balance: 0,
  daysPastDue: 0,
  churnRisk: null,
  delinquencyRisk: null,
} as const;

/** A vacant unit leased ahead: the signed lease and who moves in, who owes nothing yet and has no risk scores. */
function incomingResident(random: Random, profile: PropertyProfile, marketRent: number) {
  const lease = generateSignedLease(random, profile, marketRent);
  const resident = residentIdentity(random, profile.city.areaCode);
  return {
    ...EMPTY_UNIT,
    currentRent: lease.currentRent,
    previousRent: lease.previousRent,
    leaseStart: isoDay(lease.start),
    leaseEnd: isoDay(lease.end),
    residentName: resident.name,
    residentEmail: resident.email,
    residentPhone: resident.phone,
  };
}

/** Rent grows with size, less than proportionally, as it does in listings. */
function marketRentOf(random: Random, profile: PropertyProfile, floorplan: Floorplan): number {
  const base = BASE_RENT_BY_BEDROOMS[floorplan.bedrooms] ?? 0;
  const typicalSize = TYPICAL_SQUARE_FEET_BY_BEDROOMS[floorplan.bedrooms] ?? floorplan.squareFeet;
  const sizePremium = Math.pow(floorplan.squareFeet / typicalSize, 0.6);
  return roundTo(base * profile.marketLevel * sizePremium * random.between(0.97, 1.04), 5);
}

function pickDelinquent(random: Random, statuses: readonly UnitStatus[], delinquentShare: number): Set<number> {
  const residents = statuses.flatMap((status, index) => (status === 'occupied' || status === 'notice' ? [index] : []));
  const count = Math.min(
    Math.floor(residents.length * MAX_DELINQUENT),
    Math.max(Math.ceil(residents.length * MIN_DELINQUENT), Math.round(residents.length * delinquentShare)),
  );
  return new Set(random.shuffled(residents).slice(0, count));
}
