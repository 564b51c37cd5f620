// The embed on host pages, as host-suite.mjs says: the hostile style sheets (the aggressive theme, inherited
// properties, a reader's text spacing, stacked boxes).
import { hostTests, HOST_GROUPS } from "./host-suite.mjs";

hostTests(HOST_GROUPS.css);
