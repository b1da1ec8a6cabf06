import { contractSuite } from "./contractSuite";

contractSuite("standardised");
