import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.js';
import { Product } from './product.js';

/**
 * The product and a browser, started side by side. Should one fail, the other is stopped
 * before the error is passed on: a browser left running keeps Jest from ever exiting.
 */
export async function startProductAndBrowser(): Promise<[Product, Browser]> {
  const [product, browser] = await Promise.allSettled([Product.start(), launchBrowser()]);
  if (product.status === 'fulfilled' && browser.status === 'fulfilled')
    return [product.value, browser.value];
  if (product.status === 'fulfilled') await product.value.stop().catch(() => undefined);
  if (browser.status === 'fulfilled') await browser.value.close().catch(() => undefined);
  throw product.status === 'rejected' ? product.reason : (browser as PromiseRejectedResult).reason;
}
