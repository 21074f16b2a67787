import { Random } from './prng';

/**
 * Door numbers as garden-style communities use them: building letter, floor, door on the
 * floor ("B204"). A property has one layout: the same floors and doors per floor everywhere.
 */
export function unitNumbers(random: Random, total: number): string[] {
  const floors = random.int(3, 4);
  const doorsPerFloor = random.int(10, 16);
  const numbers: string[] = [];
  for (let index = 0; index < total; index += 1) {
    const building = String.fromCharCode(65 + Math.floor(index / (floors * doorsPerFloor)));
    const floor = 1 + (Math.floor(index / doorsPerFloor) % floors);
    const door = 1 + (index % doorsPerFloor);
    numbers.push(`${building}${floor}${String(door).padStart(2, '0')}`);
  }
  return numbers;
}
