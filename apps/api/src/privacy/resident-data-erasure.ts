import { Injectable } from '@nestjs/common';
import { AuthContext } from '../auth/auth-context';
import { recordEvent, UnitOfWork } from '../events/unit-of-work';
import { ResidentErasure } from '../portfolio/residents/resident-erasure';
import { EraseResidentDto, ResidentErasureDto } from './privacy.dto';
import { ResidentErased } from './privacy.events';

/** An administrator erasing a resident's personal data, recorded (ids and counts only) in the same transaction. */
@Injectable()
export class ResidentDataErasure {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly residents: ResidentErasure,
  ) {}

  erase(admin: AuthContext, { propertyId, unitId }: EraseResidentDto): Promise<ResidentErasureDto> {
    return this.unitOfWork.run(async (manager) => {
      const erased = await this.residents.erase(manager, admin.organizationId, propertyId, unitId);
      recordEvent(
        manager,
        new ResidentErased(admin.organizationId, propertyId, unitId, erased.evictions, erased.formerResidents),
      );
      return erased;
    });
  }
}
