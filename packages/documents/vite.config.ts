// Library build (ES modules, dependencies external): see scripts/build-lib.mjs.
import { libraryConfig } from '../../scripts/build-lib.mjs';

export default libraryConfig(import.meta.url);
