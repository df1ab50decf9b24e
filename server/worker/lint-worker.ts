/** The worker threads' entry (dist/lint-worker.js): tinypool calls the default export per job. */
import { jobHandler, warmUp } from "./handler";

const handle = jobHandler();
warmUp(handle);

export default handle;
