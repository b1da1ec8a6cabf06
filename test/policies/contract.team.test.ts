import { contractSuite } from "./contractSuite";

contractSuite("team");
