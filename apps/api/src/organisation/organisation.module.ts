import { Module } from '@nestjs/common';
import { OrgUnitsController } from './org-units.controller.js';
import { OrgUnitsRepository } from './org-units.repository.js';
import { OrgUnitsService } from './org-units.service.js';

@Module({
  controllers: [OrgUnitsController],
  providers: [OrgUnitsService, OrgUnitsRepository],
  exports: [OrgUnitsService],
})
export class OrganisationModule {}
