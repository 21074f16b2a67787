import { describeNowAgainstThen, formatFigure } from './reference-figures';

describe('reference figures', () => {
  it('says a figure then, now and the change since it was shared, in its unit', () => {
    expect(
      describeNowAgainstThen(
        { label: 'Occupancy', value: 92.7, unitOfMeasure: '%' },
        { label: 'Occupancy', value: 90.1, unitOfMeasure: '%' },
      ),
    ).toBe('92.7% → 90.1%, −2.6 pts since shared');
    expect(
      describeNowAgainstThen(
        { label: 'Owed', value: 4321.5, unitOfMeasure: 'usd' },
        { label: 'Owed', value: 5000, unitOfMeasure: 'usd' },
      ),
    ).toBe('$4,322 → $5,000, +$679 since shared');
    expect(
      describeNowAgainstThen(
        { label: 'Vacant units', value: 3, unitOfMeasure: 'units' },
        { label: 'Vacant units', value: 3, unitOfMeasure: 'units' },
      ),
    ).toBe('3 → 3, no change since shared');
    expect(
      describeNowAgainstThen(
        { label: 'Rent', value: null, unitOfMeasure: 'usd' },
        { label: 'Rent', value: 1650, unitOfMeasure: 'usd' },
      ),
    ).toBe('— → $1,650');
  });

  it('formats each unit of measure as the dashboard does', () => {
    expect(formatFigure(45, 'days')).toBe('45 days');
    expect(formatFigure(4.26, 'rating')).toBe('4.3 of 5');
    expect(formatFigure(12.5, 'hours')).toBe('12.5 h');
    expect(formatFigure(null, '%')).toBe('—');
  });
});
