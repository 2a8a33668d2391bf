// jsdom has no fetch API (nor TextEncoder, which React Router uses). Components talk to the
// API through fetch, so tests need Request, Response and Headers: these are Node's own. `fetch` itself is left out on purpose: each
// test stubs it (test/fetch-stub.ts), which is the network boundary.
import { TestEnvironment } from 'jest-environment-jsdom';

export default class JsdomWithFetchEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    const window = this.global;
    // A browser resolves a relative URL ('/api/…') against the page; Node's Request does not.
    class BrowserLikeRequest extends Request {
      constructor(input, init) {
        super(typeof input === 'string' ? new URL(input, window.location.href) : input, init);
      }
    }
    window.Request = BrowserLikeRequest;
    window.Response = Response;
    window.Headers = Headers;
    // An upload is a FormData body: Node's Request reads only Node's FormData, Blob and File.
    window.FormData = FormData;
    window.Blob = Blob;
    window.File = File;
    window.TextEncoder = TextEncoder;
    window.TextDecoder = TextDecoder;
  }
}
