// The embed on host pages, as host-suite.mjs says: the layouts (the right-to-left page, zoom, a huge root
// font, the app shell).
import { hostTests, HOST_GROUPS } from "./host-suite.mjs";

hostTests(HOST_GROUPS.layout);
