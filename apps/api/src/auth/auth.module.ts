import { Module } from '@nestjs/common';
import { ApiTokensRepository } from './api-tokens.repository.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { LoginAttemptsRepository } from './login-attempts.repository.js';
import { PrincipalChangesRepository } from './principal-changes.repository.js';
import { PrincipalsRepository } from './principals.repository.js';
import { SessionCache } from './session-cache.js';
import { SessionsRepository } from './sessions.repository.js';
import { UsersRepository } from './users.repository.js';
import { UsersService } from './users.service.js';

@Module({
  controllers: [AuthController],
  providers: [
    AuthService,
    UsersService,
    UsersRepository,
    SessionsRepository,
    PrincipalsRepository,
    PrincipalChangesRepository,
    SessionCache,
    ApiTokensRepository,
    LoginAttemptsRepository,
  ],
  exports: [AuthService, UsersService, SessionCache],
})
export class AuthModule {}
