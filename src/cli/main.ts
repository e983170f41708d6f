// The CLI bundle's entry (dist/cli/planguard.cjs). It only exports `main`: the program that runs
// it is launcher.ts (dist/cli.js), and tests import `main` from here without side effects.
export { main } from './app.js'
