package dev.cartera.lending;

/** The ISO-4217 currencies the company lends in. */
public enum LoanCurrency {
    COP, USD
}
