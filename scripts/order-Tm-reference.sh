#!/usr/bin/env bash
# Issue 14: the numeric reference for the first moment at B = 0 with no expansion in p/m or T/m
# (exact relativistic kinematics and Maxwell-Boltzmann nucleons, exact |M|^2 from explicit Dirac
# matrices, flux factor m^2/(E E')), Tests/DerivationTests/OrderTm*.swift, in release:
#   table:    V_ref and the derived V0 + (T/m)V2 on a T/m ladder at k/T = 1, 10/3, 6 (nu, nubar, constant
#             dipole), and the fit of the missing O(T/m) coefficient (closed form (5cV^2 - 7cA^2)/(cV^2 + 5cA^2));
#   fit:      one line per fit (also the model ladder: paper -> rel. kinematics -> flux -> 2nd-order |M|^2 -> exact);
#   couplings: the missing coefficient for c_V only, c_A only, both, with F_2;
#   grid:     the quadrature error against a second grid;
#   physical: the transport opacity of the README example at T = 3-10 MeV, k = 5-30 MeV;
#   field:    the same at first order in muB B for delta f = g (OrderTmFieldReferenceTests: spin-resolved
#             explicit spinors, spin energies -s muB B), V.B against the paper-order and complete derivations,
#             and the fits of the missing O(T/m) coefficient (complete - paper: -2 (T/m) dV^B_pm).
# Release build with its own scratch path (override with SCRATCH_PATH=...).
exec "$(dirname "$0")/release-table.sh" ORDER_TM_REFERENCE_FULL 'DerivationTests.OrderTmReferenceTableTests|DerivationTests.OrderTmFieldReferenceTests/testFieldTable' '^(table|fit|grid|couplings|physical|field): '
