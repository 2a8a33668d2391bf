import { Module } from '@nestjs/common';
import { MethodsController } from './methods.controller.js';
import { TemplatesController } from './templates.controller.js';
import { ToolkitRepository } from './toolkit.repository.js';
import { ToolkitService } from './toolkit.service.js';

@Module({
  controllers: [TemplatesController, MethodsController],
  providers: [ToolkitService, ToolkitRepository],
  exports: [ToolkitService],
})
export class ToolkitModule {}
