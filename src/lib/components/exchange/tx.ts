// The exchange area's strings for its components and pages.
import { areaT } from '$lib/i18n/area';
import * as exchange from '$lib/i18n/messages/exchange';

export const tx = areaT(exchange);
