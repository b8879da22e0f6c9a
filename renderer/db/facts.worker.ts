/** The thread a large case's summary facts are computed on (factsProtocol.ts). */
import { serveFacts } from './factsProtocol';

serveFacts(self);
