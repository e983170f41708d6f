'use strict';

var cliMain = require('./chunks/cli-main-DsCnXIRq.cjs');
require('node:util');



exports.main = cliMain.main;
