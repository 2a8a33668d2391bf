import {
  HttpException,
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';
import { AppError } from '../../common/app-error.js';

export const MAX_UPLOAD_MB = 10;

/**
 * Nest's FileInterceptor for one spreadsheet in the field `file`, kept in memory (multer's
 * default storage: nothing touches the disk), with multer's errors in the user's language:
 * too large is 413, anything else malformed is 400, never 500.
 */
const Multer = FileInterceptor('file', {
  limits: { fileSize: MAX_UPLOAD_MB * 1024 * 1024, files: 1, fields: 10 },
  // Browsers send file names as UTF-8 (Åtgärder.xlsx); multer would read them as latin1.
  defParamCharset: 'utf8',
});

@Injectable()
export class SheetUploadInterceptor implements NestInterceptor {
  private readonly multer = new Multer();

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.multer.intercept(context, next);
    } catch (error) {
      if (!(error instanceof HttpException)) throw error;
      if (error.getStatus() === 413)
        throw new AppError(413, 'file_too_large', { maxMb: MAX_UPLOAD_MB });
      throw new AppError(400, 'file_upload_invalid');
    }
  }
}
