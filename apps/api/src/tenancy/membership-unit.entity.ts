import { Entity, PrimaryColumn } from 'typeorm';

/** An org unit a member works in; a contributor follows up that unit's activities. */
@Entity('membership_units')
export class MembershipUnitEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  userId: string;

  @PrimaryColumn('uuid')
  orgUnitId: string;
}
