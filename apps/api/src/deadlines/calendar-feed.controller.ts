import { Body, Controller, Delete, Get, Header, Param, Post, Query, Req } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { calendarFeedSchema } from '@samla/domain';
import type { Request } from 'express';
import { z } from 'zod';
import { ANY_TENANT_ROLE, Public, TenantAccess } from '../common/access.decorators.js';
import { ApiOperationSpec } from '../common/openapi.js';
import { TenantController } from '../common/tenant-controller.decorator.js';
import { ZodValidationPipe } from '../common/validation.pipe.js';
import { WithExplicitTransaction } from '../tenancy/transaction.interceptor.js';
import { CalendarFeedService } from './calendar-feed.service.js';

export const createCalendarFeedSchema = z.strictObject({
  /** Only the caller's own deadlines, rather than all of the kommun's. */
  mine: z.boolean().default(false),
});
type CreateCalendarFeedInput = z.infer<typeof createCalendarFeedSchema>;

/** The caller's own calendar subscription in the kommun: any member may have one. */
@ApiTags('deadlines')
@TenantController('calendar-feed')
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Get()
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'getCalendarFeed',
    summary: 'Whether the caller has a calendar feed (its URL is shown only when created)',
    response: { name: 'CalendarFeed', schema: calendarFeedSchema },
    errors: [401, 404],
  })
  get() {
    return this.feeds.get();
  }

  @Post()
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'createCalendarFeed',
    summary:
      'Create (or rotate) the caller’s secret iCalendar feed URL; an earlier URL stops working',
    body: { name: 'CreateCalendarFeedInput', schema: createCalendarFeedSchema },
    response: { status: 201, name: 'CalendarFeed', schema: calendarFeedSchema },
    errors: [400, 401, 404],
  })
  create(
    @Body(new ZodValidationPipe(createCalendarFeedSchema)) body: CreateCalendarFeedInput,
    @Req() request: Request,
  ) {
    return this.feeds.rotate(
      body.mine,
      `${request.protocol}://${request.get('host') ?? 'localhost'}`,
    );
  }

  @Delete()
  @TenantAccess(...ANY_TENANT_ROLE)
  @ApiOperationSpec({
    id: 'revokeCalendarFeed',
    summary: 'Revoke the caller’s calendar feed URL',
    response: { status: 204 },
    errors: [401, 404],
  })
  async revoke() {
    await this.feeds.revoke();
  }
}

/** The feed itself: public, the secret in the query string (never logged: see request-logging.ts). */
@ApiTags('deadlines')
@Controller('v1/calendar')
export class PublicCalendarController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Get(':code/deadlines.ics')
  @Public()
  // Declares the kommun once the token is known, and records when the feed was last fetched.
  @WithExplicitTransaction()
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, no-store')
  @ApiQuery({ name: 'token', required: true, schema: { type: 'string' } })
  @ApiOperationSpec({
    id: 'getCalendarFeedIcs',
    summary: 'The deadlines as iCalendar (text/calendar), for Outlook and other calendars',
    response: { description: 'An iCalendar document' },
    errors: [401],
  })
  feed(@Param('code') code: string, @Query('token') token: string | undefined) {
    return this.feeds.render(code, token);
  }
}
