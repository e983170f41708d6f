#!/usr/bin/env node
import 'node:fs';
import 'node:module';
import 'node:url';
export { g as main } from './chunks/main-C2VMB0lV.js';
import './chunks/version-BalW4RBN.js';
import 'node:util';
