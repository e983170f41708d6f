'use strict';

var cliMain = require('./chunks/cli-main-CNMdCKYW.cjs');
require('node:util');



exports.main = cliMain.main;
