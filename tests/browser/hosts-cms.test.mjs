// The embed on host pages, as host-suite.mjs says: our demo CMS page, the old template in quirks mode, the theme's old
// scripts, the XHTML template.
import { hostTests, HOST_GROUPS } from "./host-suite.mjs";

hostTests(HOST_GROUPS.cms);
