import { ValidationError } from '@nestjs/common';
import { fieldProblems } from './validation.pipe';

describe('fieldProblems', () => {
  it('flattens nested errors into dotted field paths', () => {
    const errors: ValidationError[] = [
      { property: 'email', constraints: { isEmail: 'email must be an email address' }, children: [] },
      {
        property: 'address',
        children: [{ property: 'city', constraints: { isString: 'city must be a string' }, children: [] }],
      },
    ];
    expect(fieldProblems(errors)).toEqual([
      { field: 'email', problems: ['email must be an email address'] },
      { field: 'address.city', problems: ['city must be a string'] },
    ]);
  });
});
