declare namespace App {
  interface Locals {
    /** Booking panel ids already used on the page being rendered: two panels for one service must not share an id. */
    bookingPanelIds?: Set<string>;
  }
}
