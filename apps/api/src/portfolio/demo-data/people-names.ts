import { words } from './word-list';

/** Everyday first and last names for made-up residents and reviewers. */

export const FIRST_NAMES = words(`
  Aaliyah Aaron Abigail Adrian Aiden Alexis Alicia Amir Ana Andre Angela Anthony Ashley Austin Ava
  Benjamin Bianca Brandon Brianna Caleb Camila Carlos Carmen Chloe Christopher Claire Daniel Danielle
  David Deja Derek Diana Dominic Elena Elijah Emily Emma Eric Ethan Fatima Gabriel Grace Hannah Hector
  Isabella Isaiah Jacob Jada Jamal James Jasmine Jason Jennifer Jessica Jordan Jose Joshua Julia Kayla
  Kevin Kiara Laura Leah Liam Lily Logan Lucas Luis Madison Malik Maria Marcus Maya Megan Michael Mia
  Nadia Natalie Nathan Nicole Noah Olivia Omar Priya Rachel Rafael Rebecca Ryan Samantha Samuel Sarah
  Sofia Stephanie Taylor Thomas Tyler Valeria Victoria William Zoe
`);

export const LAST_NAMES = words(`
  Adams Alvarez Anderson Bailey Baker Bennett Brooks Brown Campbell Carter Castillo Chen Clark Collins
  Cook Cooper Cruz Davis Diaz Edwards Evans Flores Foster Garcia Gomez Gonzalez Gray Green Gutierrez Hall
  Harris Hernandez Hill Howard Hughes Jackson James Jenkins Johnson Jones Kelly Kim King Lee Lewis Lopez
  Martin Martinez Mendoza Miller Mitchell Moore Morales Morgan Murphy Myers Nguyen Nelson Ortiz Parker
  Patel Perez Peterson Phillips Price Ramirez Reed Reyes Richardson Rivera Roberts Robinson Rodriguez
  Rogers Ross Ruiz Sanchez Sanders Scott Shah Smith Stewart Sullivan Taylor Thomas Thompson Torres Turner
  Walker Ward Washington Watson White Williams Wilson Wood Wright Young Yang Zhang
`);
