'use strict';

var cliMain = require('./chunks/cli-main-Cl3Lwjlm.cjs');
require('node:util');



exports.main = cliMain.main;
